package dev.tolk.core.quality;

import dev.tolk.core.TextHash;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the model is told about the project beyond the strings: what the product is, the tone and
 * style per language, and the glossary. It is the same for every chunk of a language, so it travels
 * in the cached system prompt.
 *
 * @param context free text: what the product is, who uses it; null when not given
 * @param tone per language, its base language or {@code all}: "informal", "polite", ...
 * @param style per language, its base language or {@code all}: free text
 */
public record Brief(
    String context, Map<String, String> tone, Map<String, String> style, Glossary glossary) {
  public static final Brief NONE = new Brief(null, Map.of(), Map.of(), Glossary.NONE);

  public Brief {
    context = context == null || context.isBlank() ? null : context.strip();
    tone = tone == null ? Map.of() : Map.copyOf(tone);
    style = style == null ? Map.of() : Map.copyOf(style);
    glossary = glossary == null ? Glossary.NONE : glossary;
  }

  public String tone(String language) {
    return Languages.lookup(tone, language);
  }

  public String style(String language) {
    return Languages.lookup(style, language);
  }

  /**
   * What of the brief bears on one source text in one language, as a hash for tolk.lock: "" when
   * nothing does (so that a project without a brief records nothing). A changed context, tone or
   * style changes it for every text of the language; a changed glossary term only for the texts
   * that contain the term.
   */
  public String fingerprint(String sourceText, String language) {
    Map<String, String> relevant = new TreeMap<>();
    if (context != null) {
      relevant.put("context", context);
    }
    if (tone(language) != null) {
      relevant.put("tone", tone(language));
    }
    if (style(language) != null) {
      relevant.put("style", style(language));
    }
    glossary.keptIn(sourceText).forEach(term -> relevant.put("keep " + term, term));
    glossary
        .termsIn(sourceText, language)
        .forEach((term, translation) -> relevant.put("term " + term, translation));
    return relevant.isEmpty() ? "" : TextHash.of(relevant.toString());
  }
}
