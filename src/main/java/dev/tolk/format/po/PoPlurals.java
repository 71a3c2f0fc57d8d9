package dev.tolk.format.po;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
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
    MessagePattern pattern = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
    try {
      pattern.parse(message);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return null;
    }
    for (int i = 0; i < pattern.countParts(); i++) {
      MessagePattern.Part part = pattern.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_START
          && part.getArgType() == MessagePattern.ArgType.PLURAL) {
        int limit = pattern.getLimitPartIndex(i);
        String prefix = message.substring(0, part.getIndex());
        String suffix = message.substring(pattern.getPart(limit).getLimit());
        Map<String, String> branches = branches(pattern, message, i, limit);
        PluralRules rules = rules(language);
        List<String> result = new ArrayList<>();
        for (int form = 0; form < forms.count(); form++) {
          long sample = sample(forms, form);
          String branch = branches.getOrDefault(rules.select(sample), branches.get("other"));
          if (branch == null) {
            return null;
          }
          result.add(prefix + branch + suffix);
        }
        return result;
      }
    }
    return null;
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

  private static Map<String, String> branches(
      MessagePattern pattern, String message, int start, int limit) {
    Map<String, String> branches = new LinkedHashMap<>();
    for (int i = start + 1; i < limit; i++) {
      if (pattern.getPartType(i) == MessagePattern.Part.Type.ARG_SELECTOR) {
        String selector = pattern.getSubstring(pattern.getPart(i));
        int messageStart = i + 1;
        while (pattern.getPartType(messageStart) != MessagePattern.Part.Type.MSG_START) {
          messageStart++;
        }
        int messageLimit = pattern.getLimitPartIndex(messageStart);
        branches.put(
            selector,
            message.substring(
                pattern.getPart(messageStart).getLimit(),
                pattern.getPart(messageLimit).getIndex()));
        i = messageLimit;
      }
    }
    return branches;
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
