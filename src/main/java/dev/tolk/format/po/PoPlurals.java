package dev.tolk.format.po;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import dev.tolk.core.IcuPlural;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plural entries as ICU messages and back: the model sees {@code {n, plural, one {msgid} other
 * {msgid_plural}}} and answers in its language's CLDR categories; each {@code msgstr[i]} then takes
 * the category that the Plural-Forms expression's numbers for form i fall in.
 */
final class PoPlurals {
  private PoPlurals() {}

  static String toIcu(String singular, String plural) {
    return "{n, plural, one {" + singular + "} other {" + plural + "}}";
  }

  /** The forms of a translation, or null when it is not a plural message. */
  static List<String> toForms(String message, PluralForms forms, String language) {
    IcuPlural plural = IcuPlural.parse(message).orElse(null);
    if (plural == null) {
      return null;
    }
    PluralRules rules = rules(language);
    List<String> result = new ArrayList<>();
    for (int form = 0; form < forms.count(); form++) {
      String branch =
          plural
              .branches()
              .getOrDefault(rules.select(sample(forms, form)), plural.branches().get("other"));
      if (branch == null) {
        return null;
      }
      result.add(plural.prefix() + branch + plural.suffix());
    }
    return result;
  }

  /** The msgstr forms as an ICU message in the language's categories (for validation and check). */
  static String fromForms(List<String> strings, PluralForms forms, String language) {
    PluralRules rules = rules(language);
    Map<String, String> byCategory = new LinkedHashMap<>();
    for (int form = 0; form < Math.min(strings.size(), forms.count()); form++) {
      byCategory.putIfAbsent(rules.select(sample(forms, form)), strings.get(form));
    }
    if (!byCategory.containsKey("other")) {
      byCategory.put("other", strings.get(strings.size() - 1));
    }
    StringBuilder out = new StringBuilder("{n, plural,");
    byCategory.forEach(
        (category, text) -> out.append(' ').append(category).append(" {").append(text).append('}'));
    return out.append('}').toString();
  }

  /** The smallest number that the Plural-Forms expression puts in this form. */
  private static long sample(PluralForms forms, int form) {
    for (long n = 0; n < 2000; n++) {
      if (forms.formFor(n) == form) {
        return n;
      }
    }
    return 1_000_000;
  }

  private static PluralRules rules(String language) {
    return PluralRules.forLocale(
        ULocale.forLanguageTag(language == null ? "en" : language.replace('_', '-')));
  }
}
