package dev.tolk.format;

/** Line positions in a text, for writers that insert and delete whole lines. */
public final class Lines {
  private Lines() {}

  /** Where the line holding {@code offset} starts. */
  public static int start(String text, int offset) {
    return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  }

  /**
   * Where the line after the one holding {@code offset - 1} starts: {@code offset} itself when it
   * already starts a line, the text's end when there is no next line.
   */
  public static int next(String text, int offset) {
    if (offset > 0 && text.charAt(offset - 1) == '\n') {
      return offset;
    }
    int newline = text.indexOf('\n', offset);
    return newline < 0 ? text.length() : newline + 1;
  }

  /** The whitespace from the start of its line to {@code offset}, or "" when there is text. */
  public static String indentation(String text, int offset) {
    String before = text.substring(start(text, offset), offset);
    return before.isBlank() ? before : "";
  }

  /** {@code end} without the line terminator ({@code \n} or {@code \r\n}) right before it. */
  public static int withoutTerminator(String text, int end) {
    int at = end;
    if (at > 0 && text.charAt(at - 1) == '\n') {
      at--;
    }
    if (at > 0 && text.charAt(at - 1) == '\r') {
      at--;
    }
    return at;
  }
}
