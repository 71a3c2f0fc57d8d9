package dev.tolk.core.quality;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The longest a translation may be, in characters (code points), where the source says so. */
public final class LengthLimit {
  /** Android's convention in a string's comment: {@code <!-- Button label [CHAR LIMIT=16] -->}. */
  private static final Pattern IN_NOTE =
      Pattern.compile("\\[CHAR[ _-]?LIMIT\\s*=\\s*(\\d+)\\s*]", Pattern.CASE_INSENSITIVE);

  private LengthLimit() {}

  /** The limit a note declares, or null. */
  public static Integer inNote(String note) {
    if (note == null) {
      return null;
    }
    Matcher matcher = IN_NOTE.matcher(note);
    return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
  }

  /** The problem of a translation over its limit, or null. */
  static String problem(String translation, Integer limit) {
    if (limit == null) {
      return null;
    }
    int length = translation.codePointCount(0, translation.length());
    return length > limit
        ? "too long: "
            + length
            + " characters where at most "
            + limit
            + " fit; shorten it (abbreviate, drop words) to "
            + limit
            + " or fewer"
        : null;
  }
}
