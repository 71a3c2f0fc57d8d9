package dev.tolk.format.po;

import dev.tolk.core.message.CldrPlurals;
import dev.tolk.core.message.Dialect;
import dev.tolk.core.message.Message;
import dev.tolk.core.message.PluralKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plural entries as plural messages and back: a template's {@code msgid}/{@code msgid_plural} are
 * the "one" and "other" forms; each {@code msgstr[i]} of a translation is the category that the
 * Plural-Forms expression's numbers for form i fall in.
 */
final class PoPlurals {
  private PoPlurals() {}

  static Message.Plural ofTemplate(String singular, String plural, Dialect dialect) {
    Map<String, String> branches = new LinkedHashMap<>();
    branches.put("one", singular);
    branches.put("other", plural);
    return Message.Plural.of(branches, dialect);
  }

  /** The msgstr forms of a plural message, or null when a form has no branch to come from. */
  static List<String> toForms(Message.Plural plural, PluralForms forms, String language) {
    List<String> result = new ArrayList<>();
    for (int form = 0; form < forms.count(); form++) {
      long sample = sample(forms, form);
      String category = CldrPlurals.select(language, PluralKind.CARDINAL, sample);
      String branch = plural.branches().get(category);
      if (branch == null) {
        branch = plural.branches().getOrDefault("=" + sample, plural.other());
      }
      if (branch == null) {
        return null;
      }
      result.add(branch);
    }
    return result;
  }

  /** The msgstr forms as a plural message in the language's categories. */
  static Message.Plural fromForms(
      List<String> strings, PluralForms forms, String language, Dialect dialect) {
    Map<String, String> byCategory = new LinkedHashMap<>();
    for (int form = 0; form < Math.min(strings.size(), forms.count()); form++) {
      byCategory.putIfAbsent(
          CldrPlurals.select(language, PluralKind.CARDINAL, sample(forms, form)),
          strings.get(form));
    }
    byCategory.putIfAbsent("other", strings.get(strings.size() - 1));
    return Message.Plural.of(byCategory, dialect);
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
}
