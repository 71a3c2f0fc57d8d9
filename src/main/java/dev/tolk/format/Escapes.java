package dev.tolk.format;

/**
 * One syntax's backslash escapes, the single table both its writer and its reader use: each listed
 * character is written as a backslash and its letter; reading maps the letters back, reads {@code
 * \\uXXXX} where the syntax has it, and takes any other escaped character as itself.
 */
public final class Escapes {
  private final String characters;
  private final String letters;
  private final String unicodeLetters;
  private final boolean strictUnicode;

  private Escapes(String characters, String letters, String unicodeLetters, boolean strict) {
    if (characters.length() != letters.length()) {
      throw new IllegalArgumentException("each character needs one letter");
    }
    this.characters = characters;
    this.letters = letters;
    this.unicodeLetters = unicodeLetters;
    this.strictUnicode = strict;
  }

  /**
   * @param characters the characters written escaped
   * @param letters for each of them, the letter after the backslash
   */
  public static Escapes of(String characters, String letters) {
    return new Escapes(characters, letters, "", false);
  }

  /**
   * This table, reading a backslash, one of {@code letters} and four hex digits as that UTF-16
   * unit.
   *
   * @param strict whether a malformed one is an error ({@link #unescape} throws) rather than the
   *     letter itself
   */
  public Escapes withUnicode(String letters, boolean strict) {
    return new Escapes(characters, this.letters, letters, strict);
  }

  /** Appends {@code c} as its escape; false, appending nothing, when it has none here. */
  public boolean appendEscape(StringBuilder out, char c) {
    int index = characters.indexOf(c);
    if (index < 0) {
      return false;
    }
    out.append('\\').append(letters.charAt(index));
    return true;
  }

  /** The value with every character of this table escaped and the rest as it is. */
  public String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!appendEscape(out, c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The text an escaped string stands for. A backslash at the very end stays.
   *
   * @throws IllegalArgumentException for a malformed unicode escape in a strict table; its message
   *     is the escape's index
   */
  public String unescape(String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 >= text.length()) {
        out.append(c);
        continue;
      }
      char letter = text.charAt(++i);
      if (unicodeLetters.indexOf(letter) >= 0) {
        String hex = text.substring(i + 1, Math.min(i + 5, text.length()));
        if (hex.matches("[0-9a-fA-F]{4}")) {
          out.append((char) Integer.parseInt(hex, 16));
          i += 4;
          continue;
        }
        if (strictUnicode) {
          throw new IllegalArgumentException(Integer.toString(i - 1));
        }
      }
      int index = letters.indexOf(letter);
      out.append(index < 0 ? letter : characters.charAt(index));
    }
    return out.toString();
  }
}
