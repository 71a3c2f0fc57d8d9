package dev.tolk.format.json;

import dev.tolk.core.message.PluralKind;
import dev.tolk.format.KeyedPlurals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * i18next's plural keys (v4, JSON v4): the forms of {@code items} are the sibling strings {@code
 * items_one}, {@code items_other} (and {@code items_ordinal_one} ... for ordinals). A set of them
 * with an {@code _other} form is one plural message, keyed by the pointer of its base name.
 */
final class JsonPlurals {
  private static final Pattern SUFFIX =
      Pattern.compile("(.+?)_(ordinal_)?(zero|one|two|few|many|other)");

  private JsonPlurals() {}

  /** One plural: its key, container, base name, kind, and member name per category key. */
  record Group(
      String key,
      JsonTree.Container container,
      String base,
      PluralKind kind,
      Map<String, String> members) {

    /** The member name of a category key ({@code few} becomes {@code items_few}). */
    String member(String categoryKey) {
      return base + (kind == PluralKind.ORDINAL ? "_ordinal_" : "_") + categoryKey;
    }
  }

  /** The plural groups of a document, found in every object (never in arrays). */
  static List<Group> find(JsonTree.Container root) {
    List<Group> groups = new ArrayList<>();
    collect(root, groups);
    return groups;
  }

  /** The members of one plural: their common name and whether they are ordinal forms. */
  private record Base(String name, PluralKind kind) {}

  private static void collect(JsonTree.Container container, List<Group> groups) {
    Map<Base, Map<String, String>> byBase = new LinkedHashMap<>();
    for (JsonTree.Member member : container.members) {
      if (member.child() != null) {
        collect(member.child(), groups);
        continue;
      }
      Matcher matcher = SUFFIX.matcher(member.name());
      if (container.array || !member.string() || !matcher.matches()) {
        continue;
      }
      PluralKind kind = matcher.group(2) == null ? PluralKind.CARDINAL : PluralKind.ORDINAL;
      byBase
          .computeIfAbsent(new Base(matcher.group(1), kind), b -> new LinkedHashMap<>())
          .put(matcher.group(3), member.name());
    }
    byBase.forEach(
        (base, members) -> {
          boolean clash =
              container.member(base.name()) != null && base.kind() == PluralKind.CARDINAL;
          if (members.containsKey("other") && !clash) {
            String key =
                JsonTree.pointer(container.pointer, base.name())
                    + (base.kind() == PluralKind.ORDINAL ? "_ordinal" : "");
            groups.add(new Group(key, container, base.name(), base.kind(), members));
          }
        });
  }

  /** Whether a member name could hold a plural form. */
  static boolean isFormName(String name) {
    return SUFFIX.matcher(name).matches() && KeyedPlurals.KEYS.contains(category(name));
  }

  private static String category(String name) {
    Matcher matcher = SUFFIX.matcher(name);
    return matcher.matches() ? matcher.group(3) : "";
  }
}
