package dev.tolk.format.yaml;

import dev.tolk.core.message.CldrPlurals;
import dev.tolk.format.EditPlan;
import dev.tolk.format.Lines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where keys missing from a YAML target go: into the deepest block mapping the target has on the
 * key's path, after the key that precedes it in the source (before comment lines that belong to the
 * next key), at that mapping's indentation; missing parents are created. Flow mappings and
 * sequences are not extended.
 */
final class YamlInsertions {
  private final String text;
  private final String newline;
  private final YamlBlock target;
  private final YamlBlock source;
  private final Set<String> removals;
  private final Map<YamlBlock, Map<String, Map<String, Object>>> planned = new LinkedHashMap<>();

  YamlInsertions(
      String text, String newline, YamlBlock target, YamlBlock source, Set<String> removals) {
    this.text = text;
    this.newline = newline;
    this.target = target;
    this.source = source;
    this.removals = removals;
  }

  void plan(Map<String, String> missing, EditPlan plan) {
    missing.forEach(this::place);
    for (var byBlock : planned.entrySet()) {
      YamlBlock block = byBlock.getKey();
      for (var byAnchor : byBlock.getValue().entrySet()) {
        StringBuilder lines = new StringBuilder();
        renderTree(
            lines,
            byAnchor.getValue(),
            " ".repeat(block.column),
            unit(block),
            newline,
            block.quote);
        int at = position(block, byAnchor.getKey());
        String prefix = at > 0 && text.charAt(at - 1) != '\n' ? newline : "";
        plan.insert(at, prefix + lines);
      }
    }
  }

  private void place(String path, String value) {
    List<String> segments = new ArrayList<>();
    for (String raw : path.substring(1).split("/", -1)) {
      segments.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    YamlBlock into = target;
    YamlBlock from = source;
    int depth = 0;
    while (depth < segments.size() - 1 && into.children.containsKey(segments.get(depth))) {
      into = into.children.get(segments.get(depth));
      from = from == null ? null : from.children.get(segments.get(depth));
      depth++;
    }
    if (from == null || into.flow || into.keys.isEmpty()) {
      return;
    }
    if (depth < segments.size() - 1 && into.spans.containsKey(segments.get(depth))) {
      return; // the target has a value where the source has a mapping
    }
    YamlBlock sourceBlock = from;
    for (int i = depth; i < segments.size() - 1; i++) {
      sourceBlock = sourceBlock == null ? null : sourceBlock.children.get(segments.get(i));
      if (sourceBlock == null) {
        return; // inside a sequence: positions carry meaning
      }
    }
    String anchor = anchor(into, from, segments.get(depth));
    Map<String, Object> tree =
        planned
            .computeIfAbsent(into, b -> new LinkedHashMap<>())
            .computeIfAbsent(anchor, a -> new LinkedHashMap<>());
    add(tree, segments.subList(depth, segments.size()), value);
  }

  @SuppressWarnings("unchecked")
  private static void add(Map<String, Object> tree, List<String> segments, String value) {
    if (segments.size() == 1) {
      tree.put(segments.get(0), value);
      return;
    }
    Object child = tree.computeIfAbsent(segments.get(0), k -> new LinkedHashMap<String, Object>());
    if (child instanceof Map<?, ?> map) {
      add((Map<String, Object>) map, segments.subList(1, segments.size()), value);
    }
  }

  private final Map<YamlBlock, Map<String, String>> anchors = new HashMap<>();

  /**
   * The key of {@code into} that a new key goes after ("" for before the first), by source order.
   */
  private String anchor(YamlBlock into, YamlBlock from, String name) {
    return anchors.computeIfAbsent(into, block -> anchorsOf(block, from)).getOrDefault(name, "");
  }

  /** For each key in the source's order, the nearest earlier one the target keeps, in one pass. */
  private Map<String, String> anchorsOf(YamlBlock into, YamlBlock from) {
    Map<String, String> result = new HashMap<>();
    String last = "";
    for (String sibling : order(from)) {
      result.putIfAbsent(sibling, last);
      if (into.spans.containsKey(sibling)
          && !removals.contains(into.path + "/" + sibling.replace("~", "~0").replace("/", "~1"))) {
        last = sibling;
      }
    }
    return result;
  }

  /** A block's keys in the order new keys follow: plural categories in CLDR order. */
  static List<String> order(YamlBlock block) {
    return block.plural ? CldrPlurals.ORDER : block.keys;
  }

  /**
   * After the anchor's value and before the comments that lead into the next key; or before the
   * first key.
   */
  private int position(YamlBlock block, String anchor) {
    if (anchor.isEmpty()) {
      return block.spans.get(block.keys.get(0))[0];
    }
    int end = block.spans.get(anchor)[1];
    int at = Lines.next(text, end);
    while (at > 0) {
      int previous = text.lastIndexOf('\n', at - 2) + 1;
      String line = text.substring(previous, at).strip();
      if (previous < end || !(line.isEmpty() || line.startsWith("#"))) {
        break;
      }
      at = previous;
    }
    return at;
  }

  private static int unit(YamlBlock block) {
    for (YamlBlock child : block.children.values()) {
      if (child.column > block.column) {
        return child.column - block.column;
      }
    }
    return 2;
  }

  @SuppressWarnings("unchecked")
  private static void renderTree(
      StringBuilder out,
      Map<String, Object> tree,
      String indent,
      int unit,
      String newline,
      char quote) {
    tree.forEach(
        (name, value) -> {
          out.append(indent).append(key(name)).append(':');
          if (value instanceof String text) {
            out.append(' ').append(YamlScalars.write(text, quote)).append(newline);
          } else {
            out.append(newline);
            renderTree(
                out, (Map<String, Object>) value, indent + " ".repeat(unit), unit, newline, quote);
          }
        });
  }

  /** A new file's body: the source's keys in order, holding the given values. */
  static void render(
      StringBuilder out,
      YamlBlock block,
      Map<String, String> values,
      String indent,
      String unit,
      String newline) {
    for (String name : order(block)) {
      String path = block.path + "/" + name.replace("~", "~0").replace("/", "~1");
      if (block.children.containsKey(name)) {
        StringBuilder nested = new StringBuilder();
        render(nested, block.children.get(name), values, indent + unit, unit, newline);
        if (nested.length() > 0) {
          out.append(indent).append(key(name)).append(':').append(newline).append(nested);
        }
      } else if (block.sequences.containsKey(name)) {
        List<String> source = block.sequences.get(name);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
          String translated = values.get(path + "/" + i);
          if (source.get(i) != null) {
            items.add(source.get(i)); // not text: copied as it is
          } else if (translated != null) {
            items.add(YamlScalars.write(translated, block.quote));
          }
        }
        if (!source.isEmpty() && items.size() == source.size() && source.contains(null)) {
          out.append(indent).append(key(name)).append(':').append(newline);
          items.forEach(
              item -> out.append(indent).append(unit).append("- ").append(item).append(newline));
        }
      } else if (values.containsKey(path)) {
        out.append(indent)
            .append(key(name))
            .append(": ")
            .append(YamlScalars.write(values.get(path), block.quote))
            .append(newline);
      }
    }
  }

  static String key(String name) {
    return YamlScalars.write(name, ' ');
  }
}
