package dev.tolk.format.yaml;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;

/**
 * Positions in a YAML text, computed once so that reading a file stays linear in its size: where
 * each line starts, and the character index of a SnakeYAML mark (which counts code points).
 */
final class SourceLines {
  private final String text;
  private final int[] lineStarts;
  private final int[] charIndex; // code point index -> char index; null when they are equal

  SourceLines(String text) {
    this.text = text;
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    int codePoints = text.codePointCount(0, text.length());
    if (codePoints == text.length()) {
      this.charIndex = null;
    } else {
      this.charIndex = new int[codePoints + 1];
      int c = 0;
      for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
        charIndex[c++] = i;
      }
      charIndex[codePoints] = text.length();
    }
  }

  /** SnakeYAML counts code points; Java strings count UTF-16 units. */
  int index(Mark mark) {
    int index = mark.getIndex();
    if (charIndex == null) {
      return Math.min(index, text.length());
    }
    return charIndex[Math.min(index, charIndex.length - 1)];
  }

  /** The comment lines right above a line (0-based), as a note; null when there are none. */
  String commentAbove(int line) {
    List<String> comments = new ArrayList<>();
    for (int i = line - 1; i >= 0; i--) {
      String content = line(i).strip();
      if (!content.startsWith("#")) {
        break;
      }
      comments.add(0, content.substring(1).strip());
    }
    return comments.isEmpty() ? null : String.join("\n", comments);
  }

  private String line(int index) {
    int start = lineStarts[index];
    int end = index + 1 < lineStarts.length ? lineStarts[index + 1] - 1 : text.length();
    return text.substring(start, Math.max(start, end));
  }
}
