package dev.tolk.format.yaml;

import dev.tolk.format.Escapes;
import java.util.regex.Pattern;

/**
 * Writes a YAML scalar in the style of the one it replaces, quoting whenever plain would change it.
 */
final class YamlScalars {
  private static final Pattern PLAIN_SAFE =
      Pattern.compile("[^-?:,\\[\\]{}#&*!|>'\"%@`\\s][^\\n]*");
  private static final Pattern RESERVED =
      Pattern.compile(
          "(?i)(~|null|true|false|yes|no|on|off|y|n|[-+]?[0-9][0-9_.:eE+-]*|\\.inf|\\.nan)");

  private static final Escapes ESCAPES = Escapes.of("\"\\\n\t\r", "\"\\ntr");

  private YamlScalars() {}

  /**
   * @param style the original's first character: {@code '}, {@code "}, or anything else for plain
   */
  static String write(String value, char style) {
    if (style == '\'' && !value.contains("\n")) {
      return "'" + value.replace("'", "''") + "'";
    }
    if (style != '"' && plainSafe(value)) {
      return value;
    }
    return doubleQuoted(value);
  }

  static String doubleQuoted(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      if (ESCAPES.appendEscape(out, c)) {
        continue;
      }
      if (c < 0x20) {
        out.append(String.format("\\x%02x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static boolean plainSafe(String value) {
    return !value.isEmpty()
        && PLAIN_SAFE.matcher(value).matches()
        && !value.endsWith(" ")
        && !value.contains(": ")
        && !value.contains(" #")
        && !value.endsWith(":")
        && !RESERVED.matcher(value).matches();
  }
}
