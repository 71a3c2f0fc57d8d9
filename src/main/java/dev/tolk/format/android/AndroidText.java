package dev.tolk.format.android;

import dev.tolk.format.xml.XmlText;

/**
 * Android's string escaping: {@code \' \" \\ \n \t \@ \? \\uXXXX} and whole values in double quotes
 * to keep whitespace. Markup ({@code <b>}, {@code <xliff:g ...>}) is left exactly as it is.
 */
final class AndroidText {
  private AndroidText() {}

  static String decode(String raw) {
    String text = XmlText.decode(raw);
    String trimmed = text.strip();
    if (trimmed.length() >= 2
        && trimmed.startsWith("\"")
        && trimmed.endsWith("\"")
        && !trimmed.endsWith("\\\"")) {
      text = trimmed.substring(1, trimmed.length() - 1);
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 >= text.length()) {
        out.append(c);
        continue;
      }
      char next = text.charAt(++i);
      switch (next) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (i + 4 < text.length() && text.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
            out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
            i += 4;
          } else {
            out.append('u');
          }
        }
        default -> out.append(next);
      }
    }
    return out.toString();
  }

  static String encode(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '<'
          && i + 1 < value.length()
          && (Character.isLetter(value.charAt(i + 1)) || value.charAt(i + 1) == '/')) {
        int end = XmlText.tagEnd(value, i);
        out.append(value, i, end);
        i = end - 1;
        continue;
      }
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\'' -> out.append("\\'");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '<' -> out.append("&lt;");
        case '@', '?' -> out.append(i == 0 ? "\\" + c : String.valueOf(c));
        default -> out.append(c);
      }
    }
    String escaped = XmlText.ampersands(out.toString());
    boolean keepSpaces = value.startsWith(" ") || value.endsWith(" ") || value.contains("  ");
    return keepSpaces ? "\"" + escaped + "\"" : escaped;
  }
}
