package dev.tolk.provider;

import dev.tolk.core.message.CldrPlurals;
import dev.tolk.core.message.PluralKind;
import dev.tolk.core.quality.Brief;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The instructions sent as the system prompt: the same for every chunk of a language pair, so that
 * prompt caching serves them after the first request.
 */
public final class SystemPrompt {
  private final String template;
  private final String review;

  public SystemPrompt() {
    template = resource("system-prompt.txt");
    review = resource("review-prompt.txt");
  }

  private static String resource(String name) {
    try (InputStream in = SystemPrompt.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new UncheckedIOException(new IOException(name + " is missing from the jar", e));
    }
  }

  /**
   * The instructions for reviewing translations of a language pair: the translation instructions
   * (the rules a review checks), then how to review.
   */
  public String forReview(String source, String target, Brief brief) {
    return forLanguages(source, target, brief)
        + review.replace("{target_name}", displayName(target));
  }

  /** The instructions for a language pair, without anything about the product. */
  public String forLanguages(String source, String target) {
    return forLanguages(source, target, Brief.NONE);
  }

  /** The instructions for a language pair, with what tolk.yaml says about the product. */
  public String forLanguages(String source, String target, Brief brief) {
    return template
        .replace("{project}", ProjectBrief.section(brief, displayName(target), target))
        .replace("{source_name}", displayName(source))
        .replace("{source_code}", source)
        .replace("{target_name}", displayName(target))
        .replace("{target_code}", target)
        .replace("{target_plural_categories}", categories(target))
        .replace("{target_single_forms}", singleForms(target));
  }

  /** "one, few, many, other" for Russian; "other" for Japanese. */
  private static String categories(String language) {
    return String.join(", ", CldrPlurals.required(language, PluralKind.CARDINAL));
  }

  /** "one (1)" for Polish; "none" for Russian, whose "one" is 1, 21, 31, .... */
  private static String singleForms(String language) {
    List<String> forms = new ArrayList<>();
    for (String category : CldrPlurals.required(language, PluralKind.CARDINAL)) {
      Long only = CldrPlurals.onlyValue(language, PluralKind.CARDINAL, category);
      if (only != null) {
        forms.add(category + " (" + only + ")");
      }
    }
    return forms.isEmpty() ? "none" : String.join(", ", forms);
  }

  /** A fingerprint of the instructions, so that a changed prompt can be detected later. */
  public String fingerprint() {
    return Integer.toHexString((template + review).hashCode());
  }

  private static String displayName(String code) {
    String name = Locale.forLanguageTag(code.replace('_', '-')).getDisplayName(Locale.ENGLISH);
    return name.isBlank() ? code : name;
  }
}
