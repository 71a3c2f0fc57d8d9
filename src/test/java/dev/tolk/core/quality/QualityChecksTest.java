package dev.tolk.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.core.Entry;
import dev.tolk.core.Unit;
import dev.tolk.core.UnitRef;
import dev.tolk.core.message.Dialect;
import dev.tolk.core.message.Message;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualityChecksTest {
  private static final Glossary GLOSSARY =
      new Glossary(
          List.of("Tolk Cloud", "Wi-Fi"),
          Map.of("de", Map.of("folder", "Ordner"), "pt", Map.of("folder", "pasta")));

  private static Unit unit(String text, String language, Integer maxLength) {
    return new Unit(new UnitRef("en.json", "k", language), Message.text(text), null, maxLength);
  }

  private static QualityChecks checks(Strictness glossary, Strictness script) {
    return new QualityChecks(GLOSSARY, glossary, script);
  }

  @Test
  void terms_are_found_case_insensitively_and_only_as_whole_words() {
    assertTrue(Terms.occurs("folder", "Open the Folder."));
    assertFalse(Terms.occurs("folder", "Open the folders"), "a longer word is another word");
    assertFalse(Terms.occurs("Wi-Fi", "Wi-Fi6"), "a digit continues the word");
    assertTrue(Terms.occurs("Tolk Cloud", "Tolk Cloudを開く"), "Japanese has no spaces");
    assertTrue(Terms.occurs("Ordner", "Ordner öffnen"));
    assertFalse(Terms.occurs("", "anything"));
  }

  @Test
  void a_kept_term_must_stay_and_a_fixed_term_must_be_used() {
    Unit source = unit("Move the folder to Tolk Cloud", "de", null);
    QualityChecks reject = checks(Strictness.REJECT, Strictness.OFF);
    assertEquals(
        List.of(),
        reject
            .check(source, Message.text("Den Ordner nach Tolk Cloud verschieben"), "de")
            .problems());
    List<String> problems =
        reject.check(source, Message.text("Das Verzeichnis in die Tolk-Wolke"), "de").problems();
    assertEquals(
        List.of(
            "keep 'Tolk Cloud' exactly as it is (glossary)",
            "translate 'folder' as 'Ordner' (glossary)"),
        problems);
    var warned =
        checks(Strictness.WARN, Strictness.OFF)
            .check(source, Message.text("Das Verzeichnis in die Tolk-Wolke"), "de");
    assertEquals(List.of(), warned.problems());
    assertEquals(problems, warned.warnings());
  }

  @Test
  void a_regional_language_gets_its_base_languages_terms() {
    assertEquals(Map.of("folder", "pasta"), GLOSSARY.termsIn("Open folder", "pt-BR"));
    assertEquals(Map.of(), GLOSSARY.termsIn("Open folder", "fr"));
  }

  @Test
  void a_translation_over_its_limit_is_invalid_whatever_the_strictness() {
    QualityChecks lenient = checks(Strictness.OFF, Strictness.OFF);
    assertEquals(
        List.of(),
        lenient.check(unit("Save", "fr", 11), Message.text("Enregistrer"), "fr").problems());
    List<String> problems =
        lenient.check(unit("Save", "fr", 8), Message.text("Enregistrer"), "fr").problems();
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith("too long: 11 characters where at most 8 fit"));
    assertEquals(
        1,
        lenient
            .check(
                unit("Save", "ru", 8),
                Message.Plural.of(Map.of("one", "Сохранить", "other", "Сохр."), Dialect.AUTO),
                "ru")
            .problems()
            .size(),
        "each plural form must fit");
  }

  @Test
  void a_limit_counts_what_a_user_sees_not_markup_or_placeholder_syntax() {
    QualityChecks checks = checks(Strictness.OFF, Strictness.OFF);
    Unit android =
        new Unit(
            new UnitRef("strings.xml", "daily", "fr"),
            Message.text("Every <xliff:g id=\"number\">%d</xliff:g> days"),
            "[CHAR LIMIT=15]",
            15);
    assertEquals(
        List.of(),
        checks
            .check(android, Message.text("Tous les <xliff:g id=\"n\">%d</xliff:g> j."), "fr")
            .problems(),
        "'Tous les 2 j.' is 13 characters on screen");
    assertEquals(
        1,
        checks
            .check(android, Message.text("Tous les <xliff:g id=\"n\">%d</xliff:g> jours!!"), "fr")
            .problems()
            .size());
    assertEquals(
        1,
        checks
            .forStandIns()
            .check(android, Message.text("[Ëṽéŕý %d ðåýš ôñé ţŵô]"), "fr")
            .warnings()
            .size(),
        "a pseudo-localization only warns: it is longer on purpose");
  }

  @Test
  void limits_come_from_the_file_the_note_and_the_configuration_the_tightest_wins() {
    UnitRules rules = new UnitRules(Brief.NONE, key -> key.startsWith("button.") ? 12 : null);
    assertEquals(16, rules.maxLength(new Entry("title", Message.text("x"), "[CHAR LIMIT=16]", 1)));
    assertEquals(
        10, rules.maxLength(new Entry("button.ok", Message.text("x"), "[CHAR_LIMIT=10]", 1)));
    assertEquals(12, rules.maxLength(new Entry("button.ok", Message.text("x"), null, 1)));
    assertEquals(5, rules.maxLength(new Entry("other", Message.text("x"), null, 1, 5)));
    assertNull(rules.maxLength(new Entry("other", Message.text("x"), "no limit here", 1)));
  }

  @Test
  void an_answer_in_latin_letters_for_a_language_written_otherwise_is_caught() {
    QualityChecks warn = checks(Strictness.OFF, Strictness.WARN);
    Unit source = unit("Delete {count} files from Tolk Cloud?", "ja", null);
    var wrong = warn.check(source, Message.text("Delete {count} files from Tolk Cloud?"), "ja");
    assertEquals(List.of("the translation is the source text unchanged"), wrong.warnings());
    var english =
        warn.check(source, Message.text("Remove {count} files from Tolk Cloud now?"), "ja");
    assertEquals(1, english.warnings().size(), english.toString());
    assertTrue(english.warnings().get(0).contains("not Han script"), english.toString());
    assertTrue(
        warn.check(source, Message.text("Tolk Cloud から {count} 個のファイルを削除しますか?"), "ja").isEmpty(),
        "placeholders and kept terms are Latin in every language");
    assertTrue(
        warn.check(
                unit("Delete {count} files?", "ru", null),
                Message.text("Удалить файлы ({count})?"),
                "ru")
            .isEmpty());
    var rejected =
        checks(Strictness.OFF, Strictness.REJECT)
            .check(
                unit("Delete {count} old files?", "ar", null),
                Message.text("Remove {count} old files?"),
                "ar");
    assertEquals(1, rejected.problems().size());
    assertTrue(
        checks(Strictness.OFF, Strictness.REJECT)
            .check(unit("OK", "ja", null), Message.text("OK"), "ja")
            .isEmpty(),
        "a word, not a sentence: the same text may be right");
    assertTrue(
        checks(Strictness.OFF, Strictness.REJECT)
            .check(unit("Photo Shelf", "ja", null), Message.text("Photo Shelf"), "ja")
            .isEmpty(),
        "a name stays a name");
    assertTrue(
        warn.check(
                unit(
                    "{n, plural, one {# file was deleted} other {# files were deleted}}",
                    "ru",
                    null),
                Message.text(
                    "{n, plural, one {# файл удалён} few {# файла удалены} many {# файлов удалено} other {# файла удалено}}"),
                "ru")
            .isEmpty(),
        "ICU keywords and argument names are not words of the translation");
    assertTrue(
        warn.check(unit("Delete files?", "pt-BR", null), Message.text("Excluir arquivos?"), "pt-BR")
            .isEmpty());
  }

  @Test
  void the_briefs_fingerprint_changes_only_for_texts_a_changed_term_concerns() {
    Brief before = new Brief(null, Map.of(), Map.of(), GLOSSARY);
    Brief after =
        new Brief(
            null,
            Map.of(),
            Map.of(),
            new Glossary(GLOSSARY.keep(), Map.of("de", Map.of("folder", "Verzeichnis"))));
    assertEquals("", Brief.NONE.fingerprint("Open the folder", "de"));
    assertEquals("", before.fingerprint("Save", "de"), "nothing of the brief concerns it");
    assertEquals(before.fingerprint("Save", "de"), after.fingerprint("Save", "de"));
    assertNotEquals(
        before.fingerprint("Open the folder", "de"), after.fingerprint("Open the folder", "de"));
    assertEquals(
        before.fingerprint("Open the folder", "fr"), after.fingerprint("Open the folder", "fr"));
    Brief informal = new Brief(null, Map.of("de", "informal"), Map.of(), GLOSSARY);
    assertNotEquals(before.fingerprint("Save", "de"), informal.fingerprint("Save", "de"));
    assertEquals(before.fingerprint("Save", "fr"), informal.fingerprint("Save", "fr"));
    Brief all = new Brief("An app", Map.of("all", "polite"), Map.of(), Glossary.NONE);
    assertEquals("polite", all.tone("ja"));
    assertNotEquals("", all.fingerprint("Save", "ja"));
  }
}
