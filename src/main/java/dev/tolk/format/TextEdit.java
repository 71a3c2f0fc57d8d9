package dev.tolk.format;

import java.util.Comparator;
import java.util.List;

/**
 * Replace the characters from start to end (exclusive) with text; an insertion has start == end.
 */
public record TextEdit(int start, int end, String text) {

  /**
   * Applies non-overlapping edits; of two at the same offset, the one listed first ends up first.
   */
  public static String apply(String original, List<TextEdit> edits) {
    StringBuilder out = new StringBuilder(original);
    edits.stream()
        .sorted(Comparator.comparingInt(TextEdit::start).reversed())
        .forEach(edit -> out.replace(edit.start(), edit.end(), edit.text()));
    return out.toString();
  }
}
