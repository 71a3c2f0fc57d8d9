package dev.tolk.format.properties;

import dev.tolk.format.Escapes;

/**
 * The escapes of {@code java.util.Properties}: reading {@code \t \n \r \f \\uXXXX} and {@code \x};
 * writing so that {@code Properties.load} gives back exactly the value.
 */
final class PropertiesEscaping {
  private static final Escapes ESCAPES = Escapes.of("\\\n\r\t\f", "\\nrtf").withUnicode("u", true);

  private PropertiesEscaping() {}

  /** The value of an escaped string; a malformed unicode escape throws with its index. */
  static String unescape(String raw) {
    return ESCAPES.unescape(raw);
  }

  /** Escapes a value; characters above {@code maxRaw} are written as unicode escapes. */
  static String escapeValue(String value, int maxRaw) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (i == 0 && c == ' ') {
        out.append("\\ "); // load() skips leading whitespace up to the first escaped character
      } else {
        appendEscaped(out, c, maxRaw);
      }
    }
    return out.toString();
  }

  static String escapeKey(String key, int maxRaw) {
    StringBuilder out = new StringBuilder(key.length() + 4);
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == ' ' || c == '=' || c == ':' || c == '#' || c == '!') {
        out.append('\\').append(c);
      } else {
        appendEscaped(out, c, maxRaw);
      }
    }
    return out.toString();
  }

  private static void appendEscaped(StringBuilder out, char c, int maxRaw) {
    if (ESCAPES.appendEscape(out, c)) {
      return;
    }
    if (c < 0x20 || c > maxRaw) {
      out.append(String.format("\\u%04X", (int) c));
    } else {
      out.append(c);
    }
  }
}
