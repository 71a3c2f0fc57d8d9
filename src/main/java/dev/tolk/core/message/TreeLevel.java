package dev.tolk.core.message;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What one level of a tree holds, branches of its choices not included. */
final class TreeLevel {
  final List<String> sequence = new ArrayList<>();
  final Map<String, Long> named = new TreeMap<>();
  final Map<String, Long> tags = new TreeMap<>();
  final Map<String, Long> entities = new TreeMap<>();
  final Map<String, Long> arguments = new TreeMap<>();
  final Map<String, Long> controls = new TreeMap<>();
  final Map<String, MessageTree.Choice> choices = new LinkedHashMap<>();
  boolean number;

  TreeLevel(MessageTree tree, Set<String> numberNames) {
    for (MessageTree.Node node : tree.nodes()) {
      if (node instanceof MessageTree.Literal literal) {
        countControls(literal.text());
        for (Placeholder placeholder : literal.placeholders()) {
          switch (placeholder.kind()) {
            case PRINTF_SEQUENTIAL -> sequence.add(placeholder.token());
            case NAMED -> count(named, placeholder.token());
            case TAG -> count(tags, placeholder.token());
            case ENTITY -> count(entities, placeholder.token());
          }
        }
      } else if (node instanceof MessageTree.Argument argument) {
        if (argument.name().equals("#") || numberNames.contains(argument.name())) {
          number = true;
        } else {
          count(arguments, argument.token());
        }
      } else if (node instanceof MessageTree.Choice choice) {
        choices.putIfAbsent(choice.name(), choice);
      }
    }
  }

  /** Line breaks, tabs and other control characters, by how they are escaped. */
  private void countControls(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
        count(controls, escaped(c));
      }
    }
  }

  private static String escaped(char c) {
    return switch (c) {
      case '\n' -> "\\n (line break)";
      case '\t' -> "\\t (tab)";
      case '\r' -> "\\r (carriage return)";
      default -> String.format("\\u%04x", (int) c);
    };
  }

  private static void count(Map<String, Long> counts, String token) {
    counts.merge(token, 1L, Long::sum);
  }
}
