package dev.tolk.core;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the plural branches of an ICU message against the target language's CLDR categories (from
 * ICU4J): Russian needs one, few, many and other; Japanese only other. A category is required when
 * some integer from 0 to 999 falls in it (French "many" is only for round millions, so it is
 * allowed but not required); a category the language does not have is an error. Explicit values
 * ({@code =0}) are always allowed.
 */
public final class PluralCategories {
  private PluralCategories() {}

  public static List<String> problems(String message, String language) {
    List<String> problems = new ArrayList<>();
    MessagePattern pattern = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
    try {
      pattern.parse(message);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return problems;
    }
    ULocale locale = ULocale.forLanguageTag(language.replace('_', '-'));
    for (int i = 0; i < pattern.countParts(); i++) {
      MessagePattern.Part part = pattern.getPart(i);
      if (part.getType() != MessagePattern.Part.Type.ARG_START) {
        continue;
      }
      MessagePattern.ArgType type = part.getArgType();
      if (type != MessagePattern.ArgType.PLURAL && type != MessagePattern.ArgType.SELECTORDINAL) {
        continue;
      }
      PluralRules rules =
          PluralRules.forLocale(
              locale,
              type == MessagePattern.ArgType.PLURAL
                  ? PluralRules.PluralType.CARDINAL
                  : PluralRules.PluralType.ORDINAL);
      Set<String> categories = rules.getKeywords();
      Set<String> present = selectors(pattern, i);
      String argument = pattern.getSubstring(pattern.getPart(i + 1));
      for (String category : required(rules)) {
        if (!present.contains(category)) {
          problems.add(
              "plural argument {"
                  + argument
                  + "} needs the '"
                  + category
                  + "' category in "
                  + language);
        }
      }
      for (String selector : present) {
        if (!selector.startsWith("=") && !categories.contains(selector)) {
          problems.add(
              "plural argument {"
                  + argument
                  + "} has '"
                  + selector
                  + "', not a category of "
                  + language);
        }
      }
    }
    return problems;
  }

  /** The categories that some integer from 0 to 999 falls in, in the rules' order. */
  public static Set<String> required(PluralRules rules) {
    Set<String> used = new LinkedHashSet<>();
    used.add("other"); // ICU's fallback, required in every plural argument
    for (int n = 0; n < 1000; n++) {
      used.add(rules.select(n));
    }
    Set<String> ordered = new LinkedHashSet<>();
    for (String keyword : List.of("zero", "one", "two", "few", "many", "other")) {
      if (used.contains(keyword)) {
        ordered.add(keyword);
      }
    }
    return ordered;
  }

  /** The required cardinal or ordinal categories of a language. */
  public static Set<String> required(String language, boolean ordinal) {
    ULocale locale = ULocale.forLanguageTag(language.replace('_', '-'));
    return required(
        PluralRules.forLocale(
            locale, ordinal ? PluralRules.PluralType.ORDINAL : PluralRules.PluralType.CARDINAL));
  }

  /** The selectors directly under the argument starting at part {@code start}. */
  private static Set<String> selectors(MessagePattern pattern, int start) {
    Set<String> selectors = new LinkedHashSet<>();
    int limit = pattern.getLimitPartIndex(start);
    for (int i = start + 1; i < limit; i++) {
      MessagePattern.Part part = pattern.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
        selectors.add(pattern.getSubstring(part));
      } else if (part.getType() == MessagePattern.Part.Type.MSG_START) {
        i = pattern.getLimitPartIndex(i);
      }
    }
    return selectors;
  }
}
