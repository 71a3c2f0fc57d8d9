package dev.tolk.format.json;

import dev.tolk.format.EditPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Plans where keys missing from a target JSON file go: into the deepest object the target already
 * has on the key's path, next to the member that precedes it in the source (or before the one that
 * follows it), with any missing intermediate objects created, laid out in the target's style.
 */
final class JsonInsertions {
  private final JsonTree.Container targetRoot;
  private final JsonTree.Container sourceRoot;
  private final JsonStyle style;

  /** New members per target container, keyed by the name of the member they go after (or ""). */
  private final Map<JsonTree.Container, Map<String, Map<String, Object>>> planned =
      new LinkedHashMap<>();

  private final Map<JsonTree.Container, Map<String, String>> anchors = new java.util.HashMap<>();

  /** Members about to be removed, which new members must not be anchored to. */
  private final java.util.Set<String> removedNames;

  /** The member names of a source container in the order new members follow. */
  private final Function<JsonTree.Container, List<String>> order;

  JsonInsertions(
      JsonTree.Container targetRoot,
      JsonTree.Container sourceRoot,
      JsonStyle style,
      java.util.Set<String> removals,
      Function<JsonTree.Container, List<String>> order) {
    this.removedNames = removals;
    this.targetRoot = targetRoot;
    this.sourceRoot = sourceRoot;
    this.style = style;
    this.order = order;
  }

  void plan(Map<String, String> missing, EditPlan plan) {
    for (var entry : missing.entrySet()) {
      place(JsonTree.segments(entry.getKey()), entry.getValue());
    }
    for (var byContainer : planned.entrySet()) {
      for (var byAnchor : byContainer.getValue().entrySet()) {
        edit(byContainer.getKey(), byAnchor.getKey(), byAnchor.getValue(), plan);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void place(List<String> segments, String value) {
    JsonTree.Container target = targetRoot;
    JsonTree.Container source = sourceRoot;
    int depth = 0;
    while (depth < segments.size() - 1) {
      JsonTree.Member existing = target.member(segments.get(depth));
      if (existing == null) {
        break;
      }
      if (existing.child() == null) {
        return; // the target has a plain value where the source has an object: leave it alone
      }
      target = existing.child();
      source = childOf(source, segments.get(depth));
      depth++;
    }
    if (target.array || source == null || crossesArray(source, segments, depth)) {
      return; // array elements are never inserted one by one: their positions carry meaning
    }
    String name = segments.get(depth);
    String anchor = anchor(target, source, name);
    Map<String, Object> members =
        planned
            .computeIfAbsent(target, t -> new LinkedHashMap<>())
            .computeIfAbsent(anchor, a -> new LinkedHashMap<>());
    Object node = value;
    for (int i = segments.size() - 1; i > depth; i--) {
      Map<String, Object> wrapper = new LinkedHashMap<>();
      wrapper.put(segments.get(i), node);
      node = wrapper;
    }
    if (node instanceof Map<?, ?> subtree && members.get(name) instanceof Map<?, ?> existing) {
      merge((Map<String, Object>) existing, (Map<String, Object>) subtree);
    } else {
      members.put(name, node);
    }
  }

  @SuppressWarnings("unchecked")
  private static void merge(Map<String, Object> into, Map<String, Object> from) {
    for (var entry : from.entrySet()) {
      Object current = into.get(entry.getKey());
      if (current instanceof Map<?, ?> currentMap && entry.getValue() instanceof Map<?, ?> more) {
        merge((Map<String, Object>) currentMap, (Map<String, Object>) more);
      } else {
        into.put(entry.getKey(), entry.getValue());
      }
    }
  }

  /** The name of the target member the new one goes after: "" means before the first member. */
  private String anchor(JsonTree.Container target, JsonTree.Container source, String name) {
    return anchors
        .computeIfAbsent(target, t -> anchorsOf(t, order.apply(source), removedNames))
        .getOrDefault(name, "");
  }

  /**
   * For each source member, the nearest earlier source sibling that the target has, in one pass.
   */
  private static Map<String, String> anchorsOf(
      JsonTree.Container target, List<String> sourceNames, java.util.Set<String> removed) {
    Map<String, String> anchors = new java.util.HashMap<>();
    String last = "";
    for (String sibling : sourceNames) {
      anchors.putIfAbsent(sibling, last);
      if (target.member(sibling) != null
          && !removed.contains(JsonTree.pointer(target.pointer, sibling))) {
        last = sibling;
      }
    }
    return anchors;
  }

  private static boolean crossesArray(JsonTree.Container source, List<String> segments, int from) {
    JsonTree.Container current = source;
    for (int i = from; i < segments.size() - 1; i++) {
      current = childOf(current, segments.get(i));
      if (current == null || current.array) {
        return true;
      }
    }
    return false;
  }

  private static JsonTree.Container childOf(JsonTree.Container source, String name) {
    if (source == null) {
      return null;
    }
    JsonTree.Member member = source.member(name);
    return member == null ? null : member.child();
  }

  private void edit(
      JsonTree.Container container, String anchor, Map<String, Object> members, EditPlan plan) {
    int level = container.depth + 1;
    String separator = style.separator(level);
    List<String> rendered = new ArrayList<>();
    members.forEach((name, value) -> rendered.add(member(name, value, level)));
    String joined = String.join(separator, rendered);
    if (container.members.isEmpty()) {
      String inner = style.lineBreak(level) + joined + style.lineBreak(container.depth);
      plan.replace(container.open + 1, container.close, inner);
    } else if (anchor.isEmpty()) {
      plan.insert(container.members.get(0).nameStart(), joined + separator);
    } else {
      plan.insert(container.member(anchor).valueEnd(), separator + joined);
    }
  }

  private String member(String name, Object value, int level) {
    return JsonStrings.quote(name) + style.colon() + value(value, level);
  }

  @SuppressWarnings("unchecked")
  private String value(Object value, int level) {
    if (value instanceof String text) {
      return JsonStrings.quote(text);
    }
    Map<String, Object> members = (Map<String, Object>) value;
    List<String> rendered = new ArrayList<>();
    members.forEach((name, child) -> rendered.add(member(name, child, level + 1)));
    return "{"
        + style.lineBreak(level + 1)
        + String.join(style.separator(level + 1), rendered)
        + style.lineBreak(level)
        + "}";
  }
}
