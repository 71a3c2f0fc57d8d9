package dev.tolk.format;

import java.util.Comparator;
import java.util.List;

/**
 * Replace the characters from start to end (exclusive) with text; an insertion has start == end.
 */
record TextEdit(int start, int end, String text) {

  /**
   * Applies non-overlapping edits in one pass, linear in the text and the edits. At one offset,
   * insertions come before a replacement that starts there; of two insertions, the one listed first
   * ends up first.
   */
  static String apply(String original, List<TextEdit> edits) {
    List<TextEdit> sorted =
        edits.stream()
            .sorted(
                Comparator.comparingInt(TextEdit::start)
                    .thenComparing(edit -> edit.end() > edit.start()))
            .toList();
    StringBuilder out = new StringBuilder(original.length() + 64 * sorted.size());
    int position = 0;
    for (TextEdit edit : sorted) {
      // an insertion inside a span already replaced lands right after that span
      out.append(original, position, Math.max(position, edit.start())).append(edit.text());
      position = Math.max(position, edit.end());
    }
    return out.append(original, position, original.length()).toString();
  }
}
