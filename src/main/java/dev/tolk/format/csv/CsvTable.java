package dev.tolk.format.csv;

import dev.tolk.format.FormatException;
import dev.tolk.format.TextFile;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 rows, each field with its value and its raw span (so its quoting can be kept). */
final class CsvTable {
  record Field(String value, int start, int end, boolean quoted) {}

  record Row(List<Field> fields, int start, int end, int line) {}

  private CsvTable() {}

  static List<Row> read(TextFile file) {
    String text = file.text();
    List<Row> rows = new ArrayList<>();
    int i = 0;
    int line = 1;
    while (i < text.length()) {
      int rowStart = i;
      int rowLine = line;
      List<Field> fields = new ArrayList<>();
      while (true) {
        int start = i;
        StringBuilder value = new StringBuilder();
        boolean quoted = i < text.length() && text.charAt(i) == '"';
        if (quoted) {
          i++;
          while (true) {
            if (i >= text.length()) {
              int[] place = file.position(start);
              throw new FormatException(
                  file.path(), place[0], place[1], "unterminated quoted field");
            }
            char c = text.charAt(i);
            if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
              value.append('"');
              i += 2;
            } else if (c == '"') {
              i++;
              break;
            } else {
              if (c == '\n') {
                line++;
              }
              value.append(c);
              i++;
            }
          }
        } else {
          while (i < text.length()
              && text.charAt(i) != ','
              && text.charAt(i) != '\n'
              && text.charAt(i) != '\r') {
            value.append(text.charAt(i++));
          }
        }
        fields.add(new Field(value.toString(), start, i, quoted));
        if (i < text.length() && text.charAt(i) == ',') {
          i++;
          continue;
        }
        if (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          int[] place = file.position(i);
          throw new FormatException(
              file.path(), place[0], place[1], "unexpected text after a quoted field");
        }
        break;
      }
      int rowEnd = i;
      if (i < text.length() && text.charAt(i) == '\r') {
        i++;
      }
      if (i < text.length() && text.charAt(i) == '\n') {
        i++;
      }
      line++;
      if (!(fields.size() == 1 && fields.get(0).value().isEmpty() && !fields.get(0).quoted())) {
        rows.add(new Row(fields, rowStart, rowEnd, rowLine));
      }
    }
    return rows;
  }

  /** A field as CSV: quoted when the original was, or when the value needs it. */
  static String write(String value, boolean quoted) {
    boolean needs =
        value.contains(",")
            || value.contains("\"")
            || value.contains("\n")
            || value.contains("\r")
            || (!value.isEmpty()
                && (Character.isWhitespace(value.charAt(0))
                    || Character.isWhitespace(value.charAt(value.length() - 1))));
    return quoted || needs ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
