package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.support.FakeAnthropic;
import dev.tolk.support.Tolk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code review: mark}: machine translations wait for a person where the format has a state. */
class ReviewMarkTest {
  @TempDir Path project;
  private final FakeAnthropic api = new FakeAnthropic();

  @AfterEach
  void stop() throws IOException {
    api.close();
  }

  private Tolk tolk() {
    return new Tolk(project).against(api);
  }

  private void write(String path, String text) throws IOException {
    Files.createDirectories(project.resolve(path).toAbsolutePath().getParent());
    Files.writeString(project.resolve(path), text);
  }

  private String read(String path) throws IOException {
    return Files.readString(project.resolve(path));
  }

  private void config(String files) throws IOException {
    write("tolk.yaml", "targets: [de, ru]\nreview: mark\nfiles:\n" + files);
  }

  @Test
  void gettext_marks_machine_translations_fuzzy_keeps_them_and_unmarks_them_once_reviewed()
      throws IOException {
    config("  - source: messages.pot\n    output: '{lang}.po'\n");
    write(
        "messages.pot",
        "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
            + "#: app.py:1\nmsgid \"Save\"\nmsgstr \"\"\n\n"
            + "#, python-format\nmsgid \"Delete %(name)s\"\nmsgstr \"\"\n");
    Tolk.Result run = tolk().run("run");
    assertEquals(0, run.exitCode(), run.toString());
    String german = read("de.po");
    assertTrue(
        german.contains("#: app.py:1\n#, fuzzy\nmsgid \"Save\"\nmsgstr \"de:Save\""), german);
    assertTrue(german.contains("#, fuzzy, python-format\nmsgid \"Delete %(name)s\""), german);

    int requests = api.requestCount();
    Tolk.Result again = tolk().run("run");
    assertEquals(0, again.exitCode(), again.toString());
    assertEquals(requests, api.requestCount(), "tolk's own fuzzy translations are not missing");
    assertEquals(0, tolk().run("check").exitCode());

    Tolk.Result review = tolk().run("review");
    assertEquals(0, review.exitCode(), review.toString());
    assertTrue(review.out().contains("reviewed 4: 4 let stand"), review.out());
    assertFalse(read("de.po").contains("fuzzy"), read("de.po"));
    assertTrue(read("de.po").contains("#, python-format\nmsgid \"Delete %(name)s\""));
  }

  @Test
  void a_fuzzy_translation_tolk_did_not_write_is_still_translated_anew() throws IOException {
    config("  - source: messages.pot\n    output: '{lang}.po'\n");
    write("messages.pot", "msgid \"\"\nmsgstr \"\"\n\nmsgid \"Save\"\nmsgstr \"\"\n");
    write("de.po", "msgid \"\"\nmsgstr \"\"\n\n#, fuzzy\nmsgid \"Save\"\nmsgstr \"Sichern\"\n");
    assertEquals(0, tolk().run("run", "-t", "de").exitCode());
    assertTrue(read("de.po").contains("msgstr \"de:Save\""), read("de.po"));
  }

  @Test
  void xliff_1_2_states_go_from_needs_review_translation_to_translated() throws IOException {
    config("  - source: i18n/messages.xlf\n");
    write(
        "i18n/messages.xlf",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
            + "  <file source-language=\"en\" datatype=\"plaintext\" original=\"app\">\n"
            + "    <body>\n"
            + "      <trans-unit id=\"save\"><source>Save the file</source></trans-unit>\n"
            + "    </body>\n  </file>\n</xliff>\n");
    assertEquals(0, tolk().run("run").exitCode());
    String german = read("i18n/messages.de.xlf");
    assertTrue(
        german.contains("<target state=\"needs-review-translation\">de:Save the file</target>"),
        german);
    int requests = api.requestCount();
    assertEquals(0, tolk().run("run").exitCode());
    assertEquals(requests, api.requestCount());
    assertEquals(0, tolk().run("review").exitCode());
    assertTrue(
        read("i18n/messages.de.xlf").contains("<target state=\"translated\">de:Save the file"),
        read("i18n/messages.de.xlf"));
  }

  @Test
  void a_string_catalog_marks_needs_review_then_translated() throws IOException {
    config("  - source: Localizable.xcstrings\n");
    write(
        "Localizable.xcstrings",
        "{\n  \"sourceLanguage\" : \"en\",\n  \"strings\" : {\n    \"Open the file\" : {\n\n    }\n"
            + "  },\n  \"version\" : \"1.0\"\n}\n");
    assertEquals(0, tolk().run("run").exitCode());
    String catalog = read("Localizable.xcstrings");
    assertTrue(catalog.contains("\"state\" : \"needs_review\""), catalog);
    assertFalse(catalog.contains("\"state\" : \"translated\""), catalog);
    int requests = api.requestCount();
    assertEquals(0, tolk().run("run").exitCode());
    assertEquals(requests, api.requestCount());
    assertEquals(0, tolk().run("review").exitCode());
    assertFalse(read("Localizable.xcstrings").contains("needs_review"));
  }

  @Test
  void without_review_mark_nothing_is_marked() throws IOException {
    write(
        "tolk.yaml", "targets: [de]\nfiles:\n  - source: messages.pot\n    output: '{lang}.po'\n");
    write("messages.pot", "msgid \"\"\nmsgstr \"\"\n\nmsgid \"Save\"\nmsgstr \"\"\n");
    assertEquals(0, tolk().run("run").exitCode());
    assertFalse(read("de.po").contains("fuzzy"), read("de.po"));
  }
}
