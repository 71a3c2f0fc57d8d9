package dev.tolk.core;

/**
 * Leading and trailing whitespace is part of a string's meaning in a UI (" of ", "Re: "), and
 * models tend to trim it; it is copied from the source instead of being asked for again.
 */
final class EdgeWhitespace {
  private EdgeWhitespace() {}

  static String restore(String source, String translation) {
    if (translation.isBlank()) {
      return translation;
    }
    String leading = leading(source);
    String trailing = trailing(source);
    String core = translation.strip();
    return leading + core + trailing;
  }

  private static String leading(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return text.substring(0, i);
  }

  private static String trailing(String text) {
    int i = text.length();
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i == 0 ? "" : text.substring(i);
  }
}
