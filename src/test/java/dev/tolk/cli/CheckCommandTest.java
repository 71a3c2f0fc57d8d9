package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tolk.support.Tolk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path project;

  private Tolk tolk() {
    return new Tolk(project);
  }

  private void projectWith(String source) throws IOException {
    Files.writeString(
        project.resolve("tolk.yaml"),
        "targets: [fr, ru]\nprovider: pseudo\nfiles:\n  - source: en.json\n");
    Files.writeString(project.resolve("en.json"), source);
  }

  @Test
  void a_complete_project_passes_and_nothing_is_written_or_sent() throws IOException {
    projectWith(
        "{\"hi\": \"Hello {name}\", \"n\": \"{n, plural, one {# photo} other {# photos}}\"}");
    assertEquals(0, tolk().run("run").exitCode());
    long before = countFiles();
    Tolk.Result check = tolk().run("check");
    assertEquals(0, check.exitCode(), check.toString());
    assertEquals("ok: 4 translations checked, 0 findings\n", check.out());
    assertEquals(before, countFiles());
  }

  @Test
  void missing_stale_and_invalid_translations_fail_with_exit_5() throws IOException {
    projectWith(
        "{\"hi\": \"Hello {name}\", \"bye\": \"Bye\", \"n\": \"{n, plural, one {# photo} other {# photos}}\"}");
    assertEquals(0, tolk().run("run", "-t", "fr").exitCode());
    Files.writeString(
        project.resolve("en.json"),
        "{\"hi\": \"Hello {name}\", \"bye\": \"Goodbye\", \"n\": \"{n, plural, one {# photo} other {# photos}}\"}");
    Files.writeString(
        project.resolve("fr.json"),
        Files.readString(project.resolve("fr.json")).replace("{name}", "{nom}"));
    Files.writeString(
        project.resolve("ru.json"),
        "{\"hi\": \"Привет {name}\", \"n\": \"{n, plural, one {# фото} other {# фото}}\"}");
    Tolk.Result check = tolk().run("check");
    assertEquals(5, check.exitCode(), check.toString());
    assertTrue(
        check
            .out()
            .contains("en.json /bye [fr]: stale: the source changed since it was translated\n"),
        check.out());
    assertTrue(
        check.out().contains("en.json /hi [fr]: invalid: missing ICU argument {name}"),
        check.out());
    assertTrue(check.out().contains("en.json /bye [ru]: missing in ru.json\n"), check.out());
    assertTrue(
        check
            .out()
            .contains(
                "en.json /n [ru]: invalid: plural argument {n} needs the 'few' category in ru"),
        check.out());
    assertTrue(
        check.out().endsWith("check failed: 6 translations checked, 6 findings\n"), check.out());

    JsonNode json = new ObjectMapper().readTree(tolk().run("check", "--json").out());
    assertEquals(6, json.get("findings").size());
    assertTrue(
        json.get("findings")
            .toString()
            .contains(
                "{\"file\":\"en.json\",\"key\":\"/bye\",\"language\":\"ru\",\"problem\":\"missing in ru.json\"}"),
        json.toString());
  }

  @Test
  void check_works_without_an_api_key_and_reports_unreadable_files() throws IOException {
    projectWith("{\"hi\": \"Hello\",}");
    Tolk.Result check = tolk().env("ANTHROPIC_API_KEY", null).run("check");
    assertEquals(2, check.exitCode());
    assertTrue(check.err().startsWith("tolk: en.json:1:"), check.err());
  }

  @Test
  void the_pseudo_provider_writes_the_plural_categories_of_each_language() throws IOException {
    projectWith("{\"n\": \"{n, plural, one {# photo} other {# photos}}\"}");
    Tolk.Result run = tolk().run("run");
    assertEquals(0, run.exitCode(), run.toString());
    String ru = new ObjectMapper().readTree(project.resolve("ru.json").toFile()).get("n").asText();
    assertEquals(
        "[{n, plural, one {# þĥöţö} few {# þĥöţöš} many {# þĥöţöš} other {# þĥöţöš}}]",
        ru,
        "CLDR's order");
  }

  @Test
  void a_correct_hand_written_russian_android_file_passes() throws IOException {
    Files.createDirectories(project.resolve("res/values"));
    Files.createDirectories(project.resolve("res/values-ru"));
    Files.writeString(
        project.resolve("tolk.yaml"),
        "targets: [ru]\nfiles:\n  - source: res/values/strings.xml\n");
    String header =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<resources xmlns:xliff=\"urn:oasis:names:tc:xliff:document:1.2\">\n";
    Files.writeString(
        project.resolve("res/values/strings.xml"),
        header
            + "  <plurals name=\"episodes\">\n"
            + "    <item quantity=\"one\"><xliff:g id=\"count\">%d</xliff:g> episode</item>\n"
            + "    <item quantity=\"other\"><xliff:g id=\"count\">%d</xliff:g> episodes</item>\n"
            + "  </plurals>\n</resources>\n");
    Files.writeString(
        project.resolve("res/values-ru/strings.xml"),
        header
            + "  <plurals name=\"episodes\">\n"
            + "    <item quantity=\"one\"><xliff:g id=\"count\">%d</xliff:g> выпуск</item>\n"
            + "    <item quantity=\"few\"><xliff:g id=\"count\">%d</xliff:g> выпуска</item>\n"
            + "    <item quantity=\"many\"><xliff:g id=\"count\">%d</xliff:g> выпусков</item>\n"
            + "    <item quantity=\"other\"><xliff:g id=\"count\">%d</xliff:g> выпуска</item>\n"
            + "  </plurals>\n</resources>\n");
    Tolk.Result check = tolk().run("check");
    assertEquals(0, check.exitCode(), check.toString());
  }

  @Test
  void a_string_catalog_translation_made_with_a_substitution_passes() throws IOException {
    Files.writeString(
        project.resolve("tolk.yaml"), "targets: [ru]\nfiles:\n  - source: Localizable.xcstrings\n");
    String forms =
        "\"one\": {\"stringUnit\": {\"state\": \"translated\", \"value\": \"%arg файл\"}},"
            + "\"few\": {\"stringUnit\": {\"state\": \"translated\", \"value\": \"%arg файла\"}},"
            + "\"many\": {\"stringUnit\": {\"state\": \"translated\", \"value\": \"%arg файлов\"}},"
            + "\"other\": {\"stringUnit\": {\"state\": \"translated\", \"value\": \"%arg файла\"}}";
    Files.writeString(
        project.resolve("Localizable.xcstrings"),
        "{\"sourceLanguage\": \"en\", \"version\": \"1.0\", \"strings\": {\"%lld files\": {\"localizations\": {"
            + "\"ru\": {\"stringUnit\": {\"state\": \"translated\", \"value\": \"%#@files@\"},"
            + "\"substitutions\": {\"files\": {\"argNum\": 1, \"formatSpecifier\": \"lld\","
            + "\"variations\": {\"plural\": {"
            + forms
            + "}}}}}}}}}");
    Tolk.Result check = tolk().run("check");
    assertEquals(0, check.exitCode(), check.toString());
    assertEquals("ok: 1 translations checked, 0 findings\n", check.out());
  }

  private long countFiles() throws IOException {
    try (Stream<Path> files = Files.walk(project)) {
      return files.count();
    }
  }
}
