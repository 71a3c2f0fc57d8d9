package dev.tolk.format.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where the objects, arrays and values of a JSON text are, as character offsets. */
final class JsonTree {
  private JsonTree() {}

  /** An object or array: its braces and its members in file order. */
  static final class Container {
    final String pointer;
    final int depth;
    final boolean array;
    int open;
    int close;
    final List<Member> members = new ArrayList<>();

    Container(String pointer, int depth, boolean array) {
      this.pointer = pointer;
      this.depth = depth;
      this.array = array;
    }

    private Map<String, Member> byName;

    Member member(String name) {
      if (byName == null || byName.size() != members.size()) {
        byName = new HashMap<>();
        members.forEach(member -> byName.putIfAbsent(member.name(), member));
      }
      return byName.get(name);
    }

    /** The container (this one or one inside it) that holds a member, or null. */
    Container holderOf(Member member) {
      if (members.contains(member)) {
        return this;
      }
      for (Member child : members) {
        if (child.child() != null) {
          Container found = child.child().holderOf(member);
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    }
  }

  /**
   * One member of an object (or element of an array, named by its index).
   *
   * @param child the nested container, or null for a scalar
   */
  record Member(
      String name, int nameStart, int valueStart, int valueEnd, boolean string, Container child) {}

  /** RFC 6901: "~" becomes "~0" and "/" becomes "~1". */
  static String pointer(String parent, String name) {
    return parent + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  static List<String> segments(String pointer) {
    List<String> segments = new ArrayList<>();
    for (String raw : pointer.substring(1).split("/", -1)) {
      segments.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return segments;
  }
}
