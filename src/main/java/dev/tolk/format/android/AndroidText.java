package dev.tolk.format.android;

import java.util.regex.Pattern;

/**
 * Android's string escaping: {@code \' \" \\ \n \t \@ \? \\uXXXX} and whole values in double quotes
 * to keep whitespace. Markup ({@code <b>}, {@code <xliff:g ...>}) is left exactly as it is.
 */
final class AndroidText {
  private static final Pattern BARE_AMPERSAND =
      Pattern.compile("&(?![a-zA-Z][a-zA-Z0-9]*;|#[0-9]+;|#x[0-9a-fA-F]+;)");

  private AndroidText() {}

  static String decode(String raw) {
    String text = entities(raw);
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

  /**
   * XML entities in the text (not in markup) decoded, except {@code &lt;}, which stays as it is.
   */
  private static String entities(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '<'
          && i + 1 < raw.length()
          && (Character.isLetter(raw.charAt(i + 1)) || raw.charAt(i + 1) == '/')) {
        int end = tagEnd(raw, i);
        out.append(raw, i, end);
        i = end - 1;
      } else if (c == '&') {
        int semicolon = raw.indexOf(';', i);
        String entity = semicolon < 0 ? "" : raw.substring(i + 1, semicolon);
        String decoded =
            switch (entity) {
              case "amp" -> "&";
              case "quot" -> "\"";
              case "apos" -> "'";
              case "gt" -> ">";
              default ->
                  entity.matches("#[0-9]+")
                      ? String.valueOf((char) Integer.parseInt(entity.substring(1)))
                      : entity.matches("#x[0-9a-fA-F]+")
                          ? String.valueOf((char) Integer.parseInt(entity.substring(2), 16))
                          : null;
            };
        if (decoded == null) {
          out.append(c);
        } else {
          out.append(decoded);
          i = semicolon;
        }
      } else {
        out.append(c);
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
        int end = tagEnd(value, i);
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
    String escaped = BARE_AMPERSAND.matcher(out).replaceAll("&amp;");
    boolean keepSpaces = value.startsWith(" ") || value.endsWith(" ") || value.contains("  ");
    return keepSpaces ? "\"" + escaped + "\"" : escaped;
  }

  /** The index after a tag's closing '>', skipping quoted attribute values. */
  private static int tagEnd(String value, int start) {
    char quote = 0;
    for (int i = start + 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i + 1;
      }
    }
    return value.length();
  }
}
