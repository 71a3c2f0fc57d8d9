package dev.tolk.format;

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
}
