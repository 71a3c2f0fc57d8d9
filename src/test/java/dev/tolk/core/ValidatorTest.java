package dev.tolk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  private final Validator validator = new Validator();

  private List<String> check(String source, String translation) {
    return validator.check(source, translation);
  }

  @Test
  void a_faithful_translation_passes() {
    assertEquals(
        List.of(),
        check("Hello {name}, you have %d messages", "Bonjour {name}, vous avez %d messages"));
    assertEquals(
        List.of(), check("Signed in as <b>{{user}}</b>", "Connecté en tant que <b>{{ user }}</b>"));
    assertEquals(List.of(), check("%(count)s files in ${dir}", "%(count)s fichiers dans ${dir}"));
    assertEquals(
        List.of(
            "missing placeholder %(number of participants)s",
            "unexpected placeholder %(nombre de participants)s"),
        check(", %(number of participants)s others", ", %(nombre de participants)s autres"));
  }

  @Test
  void a_dropped_placeholder_is_reported() {
    List<String> problems = check("Delete {count} files?", "Supprimer des fichiers ?");
    assertEquals(List.of("missing ICU argument {count}"), problems);
    assertEquals(List.of("missing placeholder {{name}}"), check("Hi {{name}}", "Salut"));
  }

  @Test
  void a_renamed_placeholder_is_reported() {
    List<String> problems = check("Hello {{name}}", "Hola {{nombre}}");
    assertTrue(problems.contains("missing placeholder {{name}}"), problems.toString());
    assertTrue(problems.contains("unexpected placeholder {{nombre}}"), problems.toString());
  }

  @Test
  void sequential_printf_must_keep_its_order_but_positional_may_move() {
    assertEquals(1, check("%s has %d files", "%d fichiers pour %s").size());
    assertEquals(List.of(), check("%1$s has %2$d files", "%2$d fichiers pour %1$s"));
  }

  @Test
  void markup_tags_must_match() {
    assertEquals(
        List.of("missing tag </b>"), check("<b>Bold</b> move", "<b>Audacieux déplacement"));
    assertEquals(
        List.of(),
        check("Read the <a href=\"/docs\">docs</a>", "Lisez la <a href=\"/docs\">doc</a>"));
  }

  @Test
  void icu_keywords_and_argument_names_stay_but_plural_categories_may_change() {
    String source = "{count, plural, one {# file} other {# files}}";
    assertEquals(
        List.of(),
        check(
            source, "{count, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}"));
    List<String> localizedKeyword =
        check(source, "{count, pluriel, one {# fichier} other {# fichiers}}");
    assertTrue(!localizedKeyword.isEmpty(), "a translated ICU keyword must be rejected");
    List<String> broken = check(source, "{count, plural, one {# fichier} other {# fichiers}");
    assertEquals(
        List.of("the translation is not a valid ICU message (check braces and keywords)"), broken);
  }

  @Test
  void an_empty_translation_is_rejected() {
    assertEquals(List.of("the translation is empty"), check("Save", "  "));
  }

  @Test
  void a_percent_sign_followed_by_a_word_is_not_a_placeholder() {
    assertEquals(List.of(), check("100% sure", "sûr à 100 %"));
  }

  @Test
  void plural_categories_follow_the_target_language() {
    String source = "{n, plural, one {# file} other {# files}}";
    assertEquals(
        List.of(
            "plural argument {n} needs the 'few' category in ru",
            "plural argument {n} needs the 'many' category in ru"),
        validator.check(source, "{n, plural, one {# файл} other {# файла}}", "ru"));
    assertEquals(
        List.of(),
        validator.check(source, "{n, plural, one {# fichier} other {# fichiers}}", "fr"),
        "French 'many' is for round millions");
    assertEquals(
        List.of("plural argument {n} has 'one', not a category of ja"),
        validator.check(source, "{n, plural, one {# ファイル} other {# ファイル}}", "ja"));
  }
}
