package dev.tolk.format.po;

import dev.tolk.format.Escapes;
import java.util.ArrayList;
import java.util.List;

/** PO string literals: C escapes, and gettext's layout for texts with line breaks. */
final class PoStrings {
  /** gettext's C escapes, as msgcat writes and reads them. */
  private static final Escapes ESCAPES = Escapes.of("\"\\\n\t\r\u0007\b\f\u000B", "\"\\ntrabfv");

  private PoStrings() {}

  static String unescape(String literal) {
    return ESCAPES.unescape(literal);
  }

  static String escape(String value) {
    return ESCAPES.escape(value);
  }

  /**
   * {@code keyword "text"}, or for a text with inner line breaks {@code keyword ""} then a line
   * each.
   */
  static String field(String keyword, String value, String newline) {
    int inner = value.indexOf('\n');
    if (inner < 0 || inner == value.length() - 1) {
      return keyword + " \"" + escape(value) + "\"";
    }
    StringBuilder out = new StringBuilder(keyword).append(" \"\"");
    int start = 0;
    while (start < value.length()) {
      int end = value.indexOf('\n', start);
      end = end < 0 ? value.length() : end + 1;
      out.append(newline).append('"').append(escape(value.substring(start, end))).append('"');
      start = end;
    }
    return out.toString();
  }

  /** The {@code msgstr[i]} lines of a plural's forms. */
  static String msgstrs(List<String> forms, String newline) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < forms.size(); i++) {
      lines.add(field("msgstr[" + i + "]", forms.get(i), newline));
    }
    return String.join(newline, lines);
  }
}
