package dev.tolk.format.json;

import dev.tolk.core.message.CldrPlurals;
import dev.tolk.format.InsertionOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The order a source file gives the members inserted into its translations. */
final class JsonSourceOrder {
  private final JsonTree.Container root;
  private final Map<String, JsonPlurals.Group> plurals;

  JsonSourceOrder(JsonTree.Container root, Map<String, JsonPlurals.Group> plurals) {
    this.root = root;
    this.plurals = plurals;
  }

  /**
   * The member names of a container in the order new members follow: the file's, with each plural's
   * forms in CLDR order where its first form is ({@code items_few} after {@code items_one}).
   */
  List<String> names(JsonTree.Container container) {
    Map<String, JsonPlurals.Group> byFirstForm = new HashMap<>();
    Set<String> forms = new HashSet<>();
    for (JsonPlurals.Group group : plurals.values()) {
      if (group.container() == container) {
        byFirstForm.put(group.members().values().iterator().next(), group);
        forms.addAll(group.members().values());
      }
    }
    List<String> names = new ArrayList<>();
    for (JsonTree.Member member : container.members) {
      JsonPlurals.Group group = byFirstForm.get(member.name());
      if (group != null) {
        CldrPlurals.ORDER.forEach(category -> names.add(group.member(category)));
      } else if (!forms.contains(member.name())) {
        names.add(member.name());
      }
    }
    return names;
  }

  /**
   * Pointers in the order of the source's members, plural forms included; those the source does not
   * have (an ARB file's {@code @@locale}) first.
   */
  Map<String, String> inOrder(Map<String, String> values) {
    Map<String, String> walked = new LinkedHashMap<>();
    walk(root, values, walked);
    return InsertionOrder.of(values, walked);
  }

  private void walk(
      JsonTree.Container container, Map<String, String> values, Map<String, String> out) {
    Map<String, JsonTree.Member> children = new HashMap<>();
    container.members.forEach(member -> children.putIfAbsent(member.name(), member));
    for (String name : names(container)) {
      String pointer = JsonTree.pointer(container.pointer, name);
      JsonTree.Member member = children.get(name);
      if (member != null && member.child() != null) {
        walk(member.child(), values, out);
      } else if (values.containsKey(pointer)) {
        out.put(pointer, values.get(pointer));
      }
    }
  }
}
