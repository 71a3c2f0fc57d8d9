package dev.tolk.format.po;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CldrPluralFormsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "en", "de", "fr", "pt-BR", "es", "it", "ru", "uk", "be", "pl", "cs", "sk", "lt", "lv", "ro",
        "sl", "hr", "sr", "ar", "he", "ga", "cy", "ja", "zh", "ko", "tr", "hu", "fi", "is", "mk"
      })
  void the_expression_picks_the_form_of_each_numbers_cldr_category(String language) {
    PluralForms forms = CldrPluralForms.of(language);
    PluralForms parsed = PluralForms.parse(forms.header()); // valid for the evaluator, and in range
    PluralRules rules = PluralRules.forLocale(ULocale.forLanguageTag(language));
    List<String> categoryOfForm = new ArrayList<>();
    for (int form = 0; form < parsed.count(); form++) {
      for (int n = 0; n < 1000; n++) {
        if (parsed.formFor(n) == form) {
          categoryOfForm.add(rules.select(n));
          break;
        }
      }
    }
    for (int n = 0; n <= 1000; n++) {
      assertEquals(rules.select(n), categoryOfForm.get(parsed.formFor(n)), language + " n=" + n);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ru:3", "ar:6", "ja:1", "fr:2", "cs:3", "ga:5", "sl:4"})
  void gives_the_number_of_forms_translators_expect(String expectation) {
    String[] parts = expectation.split(":");
    assertEquals(Integer.parseInt(parts[1]), CldrPluralForms.of(parts[0]).count());
  }
}
