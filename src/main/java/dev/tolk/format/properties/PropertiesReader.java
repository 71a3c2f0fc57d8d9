package dev.tolk.format.properties;

import dev.tolk.format.FormatException;
import dev.tolk.format.TextFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a properties text into entries as {@code Properties.load} does: comment lines start with
 * {@code #} or {@code !}, a line ending in an odd number of backslashes continues on the next
 * (whose leading whitespace is dropped), the key ends at the first unescaped {@code =}, {@code :}
 * or whitespace. Comment lines right above an entry become its note.
 */
final class PropertiesReader {
  interface Sink {
    void entry(PropertiesEntry entry, String rawSeparator);
  }

  private final TextFile file;
  private final String text;
  private final Sink sink;

  PropertiesReader(TextFile file, Sink sink) {
    this.file = file;
    this.text = file.text();
    this.sink = sink;
  }

  void read() {
    List<String> comments = new ArrayList<>();
    int pos = 0;
    int line = 1;
    while (pos < text.length()) {
      int lineEnd = lineEnd(pos);
      int contentStart = skipWhitespace(pos, lineEnd);
      if (contentStart == lineEnd) {
        comments.clear();
        int next = afterTerminator(lineEnd);
        line++;
        pos = next;
        continue;
      }
      char first = text.charAt(contentStart);
      if (first == '#' || first == '!') {
        comments.add(text.substring(contentStart + 1, lineEnd).strip());
        pos = afterTerminator(lineEnd);
        line++;
        continue;
      }
      // gather the logical line, remembering where each of its characters came from
      StringBuilder logical = new StringBuilder();
      List<Integer> origin = new ArrayList<>();
      int start = pos;
      int startLine = line;
      int segmentStart = contentStart;
      int end;
      while (true) {
        int trailing = 0;
        for (int i = lineEnd - 1; i >= segmentStart && text.charAt(i) == '\\'; i--) {
          trailing++;
        }
        boolean continues = trailing % 2 == 1;
        int segmentEnd = continues ? lineEnd - 1 : lineEnd;
        for (int i = segmentStart; i < segmentEnd; i++) {
          logical.append(text.charAt(i));
          origin.add(i);
        }
        end = lineEnd;
        pos = afterTerminator(lineEnd);
        if (!continues || pos >= text.length()) {
          break;
        }
        line++;
        lineEnd = lineEnd(pos);
        segmentStart = skipWhitespace(pos, lineEnd);
      }
      line++;
      emit(logical.toString(), origin, start, end, pos, startLine, comments);
      comments.clear();
    }
  }

  private void emit(
      String logical,
      List<Integer> origin,
      int start,
      int end,
      int next,
      int line,
      List<String> comments) {
    int limit = logical.length();
    int keyLength = 0;
    int valueStart = limit;
    boolean hasSeparator = false;
    boolean escaped = false;
    while (keyLength < limit) {
      char c = logical.charAt(keyLength);
      if ((c == '=' || c == ':') && !escaped) {
        valueStart = keyLength + 1;
        hasSeparator = true;
        break;
      } else if ((c == ' ' || c == '\t' || c == '\f') && !escaped) {
        valueStart = keyLength + 1;
        break;
      }
      escaped = c == '\\' && !escaped;
      keyLength++;
    }
    while (valueStart < limit) {
      char c = logical.charAt(valueStart);
      if (c != ' ' && c != '\t' && c != '\f') {
        if (!hasSeparator && (c == '=' || c == ':')) {
          hasSeparator = true;
        } else {
          break;
        }
      }
      valueStart++;
    }
    String key = unescape(logical.substring(0, keyLength), line, origin, 0);
    String value = unescape(logical.substring(valueStart), line, origin, valueStart);
    int rawValueStart = valueStart < limit ? origin.get(valueStart) : end;
    String rawSeparator =
        keyLength < limit ? logical.substring(keyLength, Math.min(valueStart, limit)) : "";
    String note = comments.isEmpty() ? null : String.join("\n", comments);
    sink.entry(
        new PropertiesEntry(key, value, note, line, start, rawValueStart, end, next), rawSeparator);
  }

  private String unescape(String raw, int line, List<Integer> origin, int offset) {
    try {
      return PropertiesEscaping.unescape(raw);
    } catch (IllegalArgumentException e) {
      int at = origin.get(offset + Integer.parseInt(e.getMessage()));
      int[] place = file.position(at);
      throw new FormatException(file.path(), place[0], place[1], "malformed \\uXXXX escape");
    }
  }

  private int lineEnd(int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  private int afterTerminator(int lineEnd) {
    if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') {
      lineEnd++;
      if (lineEnd < text.length() && text.charAt(lineEnd) == '\n') {
        lineEnd++;
      }
      return lineEnd;
    }
    return lineEnd < text.length() ? lineEnd + 1 : lineEnd;
  }

  private int skipWhitespace(int from, int to) {
    int i = from;
    while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\f')) {
      i++;
    }
    return i;
  }
}
