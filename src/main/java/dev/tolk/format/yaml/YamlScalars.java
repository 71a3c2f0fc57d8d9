package dev.tolk.format.yaml;

import dev.tolk.format.Escapes;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;

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

  /** A scalar's new source text, in the style of the one it replaces. */
  static String replacing(String text, YamlLeaf leaf, String value, String newline) {
    DumperOptions.ScalarStyle style = leaf.node().getScalarStyle();
    if (style == DumperOptions.ScalarStyle.LITERAL || style == DumperOptions.ScalarStyle.FOLDED) {
      return block(text, leaf, value, newline);
    }
    return write(value, text.charAt(leaf.start()));
  }

  /** A literal block scalar with the original's header line and indentation. */
  private static String block(String text, YamlLeaf leaf, String value, String newline) {
    int headerEnd = text.indexOf('\n', leaf.start());
    String header = text.substring(leaf.start(), headerEnd).replace('>', '|').strip();
    int contentStart = headerEnd + 1;
    int column = 0;
    while (contentStart + column < text.length() && text.charAt(contentStart + column) == ' ') {
      column++;
    }
    if (value.startsWith(" ") || value.startsWith("\n") || column == 0) {
      return doubleQuoted(value) + (text.charAt(leaf.end() - 1) == '\n' ? newline : "");
    }
    String indent = " ".repeat(column);
    String body =
        header.endsWith("-") || !value.endsWith("\n")
            ? value
            : value.substring(0, value.length() - 1);
    StringBuilder out = new StringBuilder(header).append(newline);
    for (String line : body.split("\n", -1)) {
      out.append(line.isEmpty() ? "" : indent + line).append(newline);
    }
    String result = out.toString();
    return text.charAt(leaf.end() - 1) == '\n'
        ? result
        : result.substring(0, result.length() - newline.length());
  }
}
