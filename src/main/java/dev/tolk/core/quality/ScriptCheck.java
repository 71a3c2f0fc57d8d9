package dev.tolk.core.quality;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import dev.tolk.core.message.Message;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Catches an answer in the wrong language, the failure a model most often ships: a translation into
 * a language not written in Latin letters (ja, ru, ar, ...) that is still mostly Latin letters, or
 * a translation identical to a source that is a sentence.
 */
final class ScriptCheck {
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

  private static final Map<String, Integer> SCRIPTS = new ConcurrentHashMap<>();

  private ScriptCheck() {}

  /** The problem found, or null. */
  static String problem(
      Message source, Message translation, String targetLanguage, List<String> kept) {
    int script = SCRIPTS.computeIfAbsent(targetLanguage, ScriptCheck::script);
    boolean latinTarget =
        script == UScript.LATIN || script == UScript.UNKNOWN || script == UScript.COMMON;
    boolean unchanged =
        translation.canonical().strip().equalsIgnoreCase(source.canonical().strip());
    if (latinTarget && !unchanged) {
      return null; // nothing to look at, and nothing parsed
    }
    if (!isSentence(Prose.of(source))) {
      return null; // a name or a label may rightly stay as it is ("Photo Shelf", "OK")
    }
    if (unchanged) {
      return "the translation is the source text unchanged";
    }
    String text = Prose.of(translation);
    for (String term : kept) {
      text = text.replace(term, " ");
    }
    int latin = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (UScript.getScript(c) == UScript.LATIN) {
          latin++;
        }
      }
      i += Character.charCount(c);
    }
    if (letters >= 4 && latin * 2 > letters) {
      return "mostly Latin letters, not "
          + UScript.getName(script)
          + " script: is it in "
          + new ULocale(targetLanguage).getDisplayLanguage(ULocale.ENGLISH)
          + "?";
    }
    return null;
  }

  /** At least three words of letters: a text that any translation would change. */
  private static boolean isSentence(String words) {
    return WORD.matcher(words).results().count() >= 3;
  }

  /** The script a language is written in: Cyrillic for ru, Japanese for ja, Latin for pt-BR. */
  static int script(String language) {
    ULocale likely = ULocale.addLikelySubtags(ULocale.forLanguageTag(language));
    String code = likely.getScript();
    if (code.isEmpty()) {
      return UScript.UNKNOWN;
    }
    if (code.equals("Jpan") || code.equals("Hans") || code.equals("Hant") || code.equals("Kore")) {
      return code.equals("Kore") ? UScript.HANGUL : UScript.HAN;
    }
    int[] codes = UScript.getCode(code.toLowerCase(Locale.ROOT));
    return codes == null || codes.length == 0 ? UScript.UNKNOWN : codes[0];
  }
}
