package dev.tolk.format.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A block mapping: its keys in order, their lines, where each value ends, its indentation. */
final class YamlBlock {
  final String path;
  final int column;
  final boolean flow;
  final List<String> keys = new ArrayList<>();
  final Map<String, int[]> spans = new HashMap<>(); // key -> {line start, value end}
  final Map<String, YamlBlock> children = new HashMap<>();

  /** sequence name -> its items: the raw YAML of items that are not text, null for texts */
  final Map<String, List<String>> sequences = new HashMap<>();

  /** a mapping of plural categories: its keys are written in CLDR order */
  boolean plural;

  /** how its first text value is quoted ({@code "}, {@code '}, or a space for plain) */
  char quote;

  YamlBlock(String path, int column, boolean flow) {
    this.path = path;
    this.column = column;
    this.flow = flow;
  }

  /**
   * The key line's start and the value's end, for a path below this block whose value is in a block
   * mapping; null when it has none.
   */
  int[] span(String path) {
    YamlBlock block = this;
    String[] parts = path.substring(1).split("/");
    for (int i = 0; i < parts.length - 1; i++) {
      block = block.children.get(parts[i].replace("~1", "/").replace("~0", "~"));
      if (block == null) {
        return null;
      }
    }
    return block.flow
        ? null
        : block.spans.get(parts[parts.length - 1].replace("~1", "/").replace("~0", "~"));
  }
}
