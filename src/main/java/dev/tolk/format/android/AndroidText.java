package dev.tolk.format.android;

import dev.tolk.format.Escapes;
import dev.tolk.format.xml.XmlText;

/**
 * Android's string escaping: {@code \' \" \\ \n \t \@ \? \\uXXXX} and whole values in double quotes
 * to keep whitespace. Markup ({@code <b>}, {@code <xliff:g ...>}) is left exactly as it is.
 */
final class AndroidText {
  private static final Escapes ESCAPES = Escapes.of("\\'\"\n\t", "\\'\"nt").withUnicode("u", false);

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
    return ESCAPES.unescape(text);
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
      if (ESCAPES.appendEscape(out, c)) {
        continue;
      }
      switch (c) {
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
