package dev.tolk.core;

import dev.tolk.core.message.CldrPlurals;
import dev.tolk.core.message.Message;
import java.util.List;

/**
 * Estimates token counts without a tokenizer: about 3.5 characters per token for Latin text, one
 * token per character for CJK and similar scripts. Used for chunking, max_tokens and pacing; actual
 * usage is read from the API's answers.
 */
public final class TokenEstimator {
  /** JSON punctuation and the item id around each translated value in an answer. */
  private static final int PER_ITEM_OVERHEAD = 6;

  public int tokens(String text) {
    double tokens = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      tokens += isDenseScript(codePoint) ? 1.0 : 1 / 3.5;
      i += Character.charCount(codePoint);
    }
    return Math.max(1, (int) Math.ceil(tokens));
  }

  /** Expected answer size for these items in the target language, JSON framing included. */
  public int outputTokens(List<ChunkItem> items, String targetLanguage) {
    double expansion = denseLanguage(targetLanguage) ? 1.6 : 1.4;
    int total = 10;
    for (ChunkItem item : items) {
      double forms = 1;
      if (item.message() instanceof Message.Plural plural) {
        // the answer has as many forms as the target language needs
        forms =
            Math.max(1.0, CldrPlurals.required(targetLanguage, plural.kind()).size())
                / Math.max(1, plural.branches().size());
      }
      total += (int) Math.ceil(tokens(item.text()) * expansion * forms) + PER_ITEM_OVERHEAD;
    }
    return total;
  }

  private static boolean denseLanguage(String language) {
    String base = language.toLowerCase().split("[-_]")[0];
    return List.of("ja", "zh", "ko", "th", "hi", "ar", "he", "ru", "uk", "el", "bg", "fa", "ka")
        .contains(base);
  }

  private static boolean isDenseScript(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return switch (script) {
      case HAN, HIRAGANA, KATAKANA, HANGUL, THAI, ARABIC, HEBREW, DEVANAGARI, CYRILLIC, GREEK ->
          true;
      default -> false;
    };
  }
}
