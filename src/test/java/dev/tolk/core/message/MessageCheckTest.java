package dev.tolk.core.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Translations checked branch by branch, in each dialect, against the target's CLDR rules. */
class MessageCheckTest {

  private static List<String> check(Message source, Message translation, String language) {
    return MessageCheck.problems(source, translation, "en", language);
  }

  private static Message.Plural plural(Dialect dialect, String... selectorsAndTexts) {
    Map<String, String> branches = new LinkedHashMap<>();
    for (int i = 0; i < selectorsAndTexts.length; i += 2) {
      branches.put(selectorsAndTexts[i], selectorsAndTexts[i + 1]);
    }
    return Message.Plural.of(branches, dialect);
  }

  private static Message text(String text, Dialect dialect) {
    return new Message.Text(text, dialect);
  }

  @Test
  void printf_plurals_are_compared_per_form_so_russian_may_have_four() {
    Message source = plural(Dialect.PRINTF, "one", "%d file in %s", "other", "%d files in %s");
    Message russian =
        plural(
            Dialect.PRINTF,
            "one",
            "%d файл в %s",
            "few",
            "%d файла в %s",
            "many",
            "%d файлов в %s",
            "other",
            "%d файла в %s");
    assertEquals(List.of(), check(source, russian, "ru"));
  }

  @Test
  void a_russian_one_stands_for_21_so_it_must_show_the_number_english_one_leaves_out() {
    Message source =
        plural(Dialect.PRINTF, "one", "One file in %2$s", "other", "%1$d files in %2$s");
    Message missingNumber =
        plural(
            Dialect.PRINTF,
            "one",
            "Один файл в %2$s",
            "few",
            "%1$d файла в %2$s",
            "many",
            "%1$d файлов в %2$s",
            "other",
            "%1$d файла в %2$s");
    assertEquals(
        List.of("'one' form: missing placeholder %1$d"), check(source, missingNumber, "ru"));
    Message polish =
        plural(
            Dialect.PRINTF,
            "one",
            "Jeden plik w %2$s",
            "few",
            "%1$d pliki w %2$s",
            "many",
            "%1$d plików w %2$s",
            "other",
            "%1$d pliku w %2$s");
    assertEquals(List.of(), check(source, polish, "pl"), "Polish one is only 1");
  }

  @Test
  void sequential_printf_in_a_single_number_form_may_only_drop_trailing_arguments() {
    Message source = plural(Dialect.PRINTF, "one", "%d file in %s", "other", "%d files in %s");
    Message dropsFirst =
        plural(
            Dialect.PRINTF,
            "one",
            "Jeden plik w %s",
            "few",
            "%d pliki w %s",
            "many",
            "%d plików w %s",
            "other",
            "%d pliku w %s");
    assertEquals(
        List.of("'one' form: printf placeholders must stay in this order: %d %s (found: %s)"),
        check(source, dropsFirst, "pl"),
        "%s would take the number");
  }

  @Test
  void each_language_needs_its_categories_and_no_others() {
    Message source = plural(Dialect.PRINTF, "one", "%d file", "other", "%d files");
    assertEquals(
        List.of(
            "plural argument {count} needs the 'few' category in ru",
            "plural argument {count} needs the 'many' category in ru"),
        check(source, plural(Dialect.PRINTF, "one", "%d файл", "other", "%d файла"), "ru"));
    assertEquals(
        List.of("plural argument {count} has 'one', not a category of ja"),
        check(source, plural(Dialect.PRINTF, "one", "%d件", "other", "%d件"), "ja"));
    assertEquals(List.of(), check(source, plural(Dialect.PRINTF, "other", "%d 个文件"), "zh-Hant"));
    Message arabic =
        plural(
            Dialect.PRINTF,
            "zero",
            "%d ملفات",
            "one",
            "ملف %d",
            "two",
            "ملفان %d",
            "few",
            "%d ملفات",
            "many",
            "%d ملفًا",
            "other",
            "%d ملف");
    assertEquals(List.of(), check(source, arabic, "ar"));
  }

  @Test
  void an_explicit_one_covers_the_category_only_where_it_is_only_1() {
    Message source =
        text("{n, plural, =1 {One file} other {{n} files}}", Dialect.ICU_LITERAL_APOSTROPHES);
    for (String language : List.of("pl", "cs")) {
      assertEquals(
          List.of(),
          check(
              source,
              text(
                  "{n, plural, =1 {Jeden} few {{n} x} many {{n} y} other {{n} z}}",
                  Dialect.ICU_LITERAL_APOSTROPHES),
              language),
          language);
    }
    assertEquals(
        List.of("plural argument {n} needs the 'one' category in ru"),
        check(
            source,
            text(
                "{n, plural, =1 {Один} few {{n} x} many {{n} y} other {{n} z}}",
                Dialect.ICU_LITERAL_APOSTROPHES),
            "ru"),
        "Russian one is 1, 21, 31, ...");
  }

  @Test
  void icu_plurals_with_markup_keep_it_in_every_branch() {
    Message source =
        Message.text(
            "{count, plural, one {# file in <b>{folder}</b>} other {# files in <b>{folder}</b>}}");
    assertEquals(
        List.of(),
        check(
            source,
            Message.text(
                "{count, plural, one {# файл в <b>{folder}</b>} few {# файла в <b>{folder}</b>}"
                    + " many {# файлов в <b>{folder}</b>} other {# файла в <b>{folder}</b>}}"),
            "ru"));
    List<String> lost =
        check(
            source,
            Message.text(
                "{count, plural, one {# файл в <b>{folder}</b>} few {# файла в {folder}}"
                    + " many {файлов в <b>{folder}</b>} other {# файла в <b>{folder}</b>}}"),
            "ru");
    assertEquals(
        List.of(
            "'few' form: missing tag </b>",
            "'few' form: missing tag <b>",
            "'many' form: the number (#) is missing"),
        lost);
  }

  @Test
  void python_brace_fields_are_placeholders_and_quotes_are_text() {
    Message source = text("'{action}' failed for {user}", Dialect.PYTHON_BRACE);
    assertEquals(
        List.of(),
        check(source, text("'{action}' a échoué pour {user}", Dialect.PYTHON_BRACE), "fr"));
    assertEquals(
        List.of("missing placeholder {action}"),
        check(source, text("'action' a échoué pour {user}", Dialect.PYTHON_BRACE), "fr"));
    assertEquals(
        List.of(),
        check(
            text("{{literal}} {0}", Dialect.PYTHON_BRACE),
            text("{{literal}} {0}!", Dialect.PYTHON_BRACE),
            "fr"),
        "doubled braces are literal braces");
  }

  @Test
  void dotted_names_are_placeholders() {
    assertEquals(
        List.of("missing placeholder {sharedParent.sourceTitle}"),
        check(
            Message.text("Moved to {sharedParent.sourceTitle}"),
            Message.text("Déplacé vers le parent"),
            "fr"));
  }

  @Test
  void flutter_apostrophes_are_literal_so_a_quoted_argument_is_still_an_argument() {
    Message source = text("Don't forget '{name}'", Dialect.ICU_LITERAL_APOSTROPHES);
    assertEquals(
        List.of(),
        check(source, text("N'oubliez pas '{name}'", Dialect.ICU_LITERAL_APOSTROPHES), "fr"));
    assertEquals(
        List.of("missing ICU argument {name}"),
        check(source, text("N'oubliez pas 'nom'", Dialect.ICU_LITERAL_APOSTROPHES), "fr"));
  }

  @Test
  void entities_must_be_real_and_those_that_carry_markup_stay() {
    Message source = Message.text("Don&rsquo;t use &lt;b&gt;");
    assertEquals(List.of(), check(source, Message.text("N&rsquo;utilisez pas &lt;b&gt;"), "fr"));
    assertEquals(
        List.of(), check(source, Message.text("N’utilisez pas &lt;b&gt;"), "fr"), "typography");
    assertEquals(
        List.of("unknown entity &ŕšǫûǫ; (keep entities exactly as written)"),
        check(source, Message.text("N&ŕšǫûǫ;utilisez pas &lt;b&gt;"), "fr"));
    assertTrue(
        check(source, Message.text("N’utilisez pas <b>"), "fr").contains("missing entity &lt;"));
  }

  @Test
  void a_strftime_pattern_may_change_its_directives_but_not_invent_any() {
    Message source = text("%m/%d/%Y", Dialect.STRFTIME);
    assertEquals(List.of(), check(source, text("%d.%m.%Y", Dialect.STRFTIME), "de"));
    assertEquals(List.of(), check(source, text("%Y年%-m月%-d日", Dialect.STRFTIME), "ja"));
    assertEquals(
        List.of("'%Q' is not a strftime directive"),
        check(source, text("%d.%Q.%Y", Dialect.STRFTIME), "de"));
  }

  @Test
  void a_plain_source_may_be_translated_as_a_plural_and_a_plural_as_plain_japanese() {
    Message plain = text("%lld files", Dialect.PRINTF);
    Message russian =
        plural(
            Dialect.PRINTF,
            "one",
            "%lld файл",
            "few",
            "%lld файла",
            "many",
            "%lld файлов",
            "other",
            "%lld файла");
    assertEquals(List.of(), check(plain, russian, "ru"));
    Message source = plural(Dialect.PRINTF, "one", "%lld file", "other", "%lld files");
    assertEquals(List.of(), check(source, text("%lld 個のファイル", Dialect.PRINTF), "ja"));
    assertEquals(
        List.of(
            "plural argument {count} needs the 'one' category in ru",
            "plural argument {count} needs the 'few' category in ru",
            "plural argument {count} needs the 'many' category in ru"),
        check(source, text("%lld файлов", Dialect.PRINTF), "ru"));
  }
}
