package dev.tolk.core.quality;

import com.ibm.icu.lang.UScript;
import java.util.Locale;

/**
 * Whether a glossary term occurs in a text: case-insensitive and word-bounded, where a word
 * boundary is any character that is not a letter or digit of the same script as the term's edge (so
 * "Tolk Cloud" is found in "Tolk Cloudを開く", and "folder" is not found in "folders").
 */
final class Terms {
  private Terms() {}

  static boolean occurs(String term, String text) {
    if (term == null || term.isBlank() || text == null) {
      return false;
    }
    String haystack = text.toLowerCase(Locale.ROOT);
    String needle = term.toLowerCase(Locale.ROOT);
    if (haystack.length() != text.length() || needle.length() != term.length()) {
      return text.contains(term); // a case mapping that changes lengths: compare as written
    }
    for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      int end = at + needle.length();
      if (bounded(text, at - 1, term.codePointAt(0))
          && bounded(text, end, term.codePointBefore(term.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the character at {@code index} (if any) ends a word that has {@code edge} at its end.
   */
  private static boolean bounded(String text, int index, int edge) {
    if (index < 0 || index >= text.length()) {
      return true;
    }
    int neighbour = text.charAt(index);
    if (!Character.isLetterOrDigit(neighbour) || !Character.isLetterOrDigit(edge)) {
      return true;
    }
    return UScript.getScript(neighbour) != UScript.getScript(edge)
        && UScript.getScript(neighbour) != UScript.COMMON;
  }
}
