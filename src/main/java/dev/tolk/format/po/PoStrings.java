package dev.tolk.format.po;

/** PO string literals: C escapes, and gettext's layout for texts with line breaks. */
final class PoStrings {
  private PoStrings() {}

  static String unescape(String literal) {
    StringBuilder out = new StringBuilder(literal.length());
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (c != '\\' || i + 1 >= literal.length()) {
        out.append(c);
        continue;
      }
      char next = literal.charAt(++i);
      switch (next) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'a' -> out.append('\u0007');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'v' -> out.append('\u000B');
        default -> out.append(next);
      }
    }
    return out.toString();
  }

  static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.toString();
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
}
