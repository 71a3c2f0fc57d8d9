package dev.tolk.format.properties;

/**
 * The escapes of {@code java.util.Properties}: reading {@code \t \n \r \f \\uXXXX} and {@code \x};
 * writing so that {@code Properties.load} gives back exactly the value.
 */
final class PropertiesEscaping {
  private PropertiesEscaping() {}

  /** The value of an escaped string; a malformed unicode escape throws with its index. */
  static String unescape(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '\\' || i + 1 >= raw.length()) {
        out.append(c);
        continue;
      }
      char next = raw.charAt(++i);
      switch (next) {
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 'f' -> out.append('\f');
        case 'u' -> {
          String hex = raw.substring(i + 1, Math.min(i + 5, raw.length()));
          if (hex.length() < 4 || !hex.matches("[0-9a-fA-F]{4}")) {
            throw new IllegalArgumentException(Integer.toString(i - 1));
          }
          out.append((char) Integer.parseInt(hex, 16));
          i += 4;
        }
        default -> out.append(next);
      }
    }
    return out.toString();
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
    switch (c) {
      case '\\' -> out.append("\\\\");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case '\f' -> out.append("\\f");
      default -> {
        if (c < 0x20 || c > maxRaw) {
          out.append(String.format("\\u%04X", (int) c));
        } else {
          out.append(c);
        }
      }
    }
  }
}
