package dev.tolk.format.xml;

import java.util.regex.Pattern;

/**
 * XML text with inline markup, as the model sees it: entities decoded outside markup (except {@code
 * &lt;}, which would be mistaken for a tag), and encoded back.
 */
public final class XmlText {
  private static final Pattern BARE_AMPERSAND =
      Pattern.compile("&(?![a-zA-Z][a-zA-Z0-9]*;|#[0-9]+;|#x[0-9a-fA-F]+;)");

  private XmlText() {}

  /**
   * XML entities in the text (not in markup) decoded, except {@code &lt;}, which stays as it is.
   */
  public static String decode(String raw) {
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

  /** Text for an XML element: bare {@code &} and a {@code <} that starts no tag are escaped. */
  public static String encode(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '<'
          && i + 1 < value.length()
          && (Character.isLetter(value.charAt(i + 1)) || value.charAt(i + 1) == '/')) {
        int end = tagEnd(value, i);
        out.append(value, i, end);
        i = end - 1;
      } else {
        out.append(c == '<' ? "&lt;" : String.valueOf(c));
      }
    }
    return ampersands(out.toString());
  }

  /** Escapes every {@code &} that does not start an entity. */
  public static String ampersands(String text) {
    return BARE_AMPERSAND.matcher(text).replaceAll("&amp;");
  }

  /** The index after a tag's closing '>', skipping quoted attribute values. */
  public static int tagEnd(String value, int start) {
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
