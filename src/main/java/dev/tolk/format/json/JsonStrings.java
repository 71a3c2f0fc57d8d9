package dev.tolk.format.json;

import com.fasterxml.jackson.core.JsonParser;
import dev.tolk.format.Escapes;
import dev.tolk.format.FormatException;
import dev.tolk.format.TextChecks;
import java.io.IOException;

/**
 * JSON string literals: written with only quotes, backslashes and control characters escaped; read
 * with a check that they hold text (a lone surrogate escape such as {@code "\ud800"} is not).
 */
final class JsonStrings {
  private static final Escapes ESCAPES = Escapes.of("\"\\\n\r\t\b\f", "\"\\nrtbf");

  private JsonStrings() {}

  /** The current string value, refused when it holds a lone surrogate. */
  static String checked(JsonParser parser, String path) throws IOException {
    String value = parser.getText();
    int bad = TextChecks.loneSurrogate(value);
    if (bad >= 0) {
      var location = parser.currentTokenLocation();
      throw new FormatException(
          path,
          location.getLineNr(),
          location.getColumnNr(),
          String.format(
              "the string holds a lone surrogate \\u%04x (an escape that is not text)",
              (int) value.charAt(bad)));
    }
    return value;
  }

  static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (ESCAPES.appendEscape(out, c)) {
        continue;
      }
      if (c < 0x20 || c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
