package dev.tolk.format;

import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;

/** Checks that decoded text is text. */
public final class TextChecks {
  private TextChecks() {}

  /** The index of the first unpaired UTF-16 surrogate, or -1 when every one is paired. */
  public static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Refuses a catalog holding a string that is not text (an escape such as {@code \\ud800} that
   * decodes to half a character): it can be neither sent nor written.
   *
   * @throws FormatException naming the file, the entry's line and key
   */
  public static void requireText(String path, Catalog catalog) {
    for (Entry entry : catalog.entries()) {
      String text = entry.message().canonical();
      int bad = loneSurrogate(text);
      if (bad >= 0) {
        throw new FormatException(
            entry.line() > 0 ? path + ":" + entry.line() : path,
            String.format(
                "%s: the string holds a lone surrogate \\u%04x (an escape that is not text)",
                entry.key(), (int) text.charAt(bad)));
      }
    }
  }
}
