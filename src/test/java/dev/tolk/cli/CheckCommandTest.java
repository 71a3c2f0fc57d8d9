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

  private long countFiles() throws IOException {
    try (Stream<Path> files = Files.walk(project)) {
      return files.count();
    }
  }
}
