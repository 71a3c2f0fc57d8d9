package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tolk.support.FakeAnthropic;
import dev.tolk.support.Tolk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** status, a config found from a subfolder, language codes, --dry-run --list, the terminal. */
class EverydayPathsTest {
  private static final String SOURCE =
      "{\n  \"title\": \"Photo Shelf\",\n  \"greeting\": \"Hello {name}\",\n"
          + "  \"count\": \"{n, plural, one {# photo} other {# photos}}\"\n}\n";

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

  private void projectWith(String targets) throws IOException {
    write(
        "tolk.yaml",
        "targets: ["
            + targets
            + "]\nfiles:\n  - source: locales/en.json\n"
            + "    output: locales/{lang}.json\n");
    write("locales/en.json", SOURCE);
  }

  private static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void status_counts_per_file_and_language_without_a_key() throws IOException {
    projectWith("fr, ru");
    assertEquals(0, tolk().run("run", "-t", "fr").exitCode());
    write(
        "locales/fr.json",
        Files.readString(project.resolve("locales/fr.json")).replace("fr:Photo Shelf", "Étagère"));
    write("locales/en.json", SOURCE.replace("Hello {name}", "Hi {name}"));

    Tolk.Result status = tolk().env("ANTHROPIC_API_KEY", null).run("status");
    assertEquals(0, status.exitCode(), status.toString());
    List<String> lines = status.out().lines().toList();
    assertTrue(lines.get(0).startsWith("file"), status.out());
    assertTrue(
        lines.get(1).matches("locales/fr\\.json\\s+fr\\s+3\\s+2\\s+0\\s+1\\s+1\\s+0\\s+0\\s+0"),
        status.out());
    assertTrue(
        lines.get(2).matches("locales/ru\\.json\\s+ru\\s+3\\s+0\\s+3\\s+0\\s+0\\s+0\\s+0\\s+0"),
        status.out());
    assertTrue(status.out().contains("to do: 4 translations (`tolk run`)"), status.out());

    JsonNode report = json(tolk().run("status", "--json").out());
    assertEquals(6, report.path("total").path("keys").asInt());
    assertEquals(3, report.path("rows").get(1).path("missing").asInt());
    assertEquals(1, report.path("rows").get(0).path("edited").asInt());
  }

  @Test
  void a_config_is_found_from_a_subfolder_as_git_finds_its_repository() throws IOException {
    projectWith("fr");
    Files.createDirectories(project.resolve("src/deep"));
    Tolk.Result run = new Tolk(project.resolve("src/deep")).against(api).run("run");
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(Files.exists(project.resolve("locales/fr.json")));
    assertTrue(Files.exists(project.resolve(".tolk")), "the state lives beside tolk.yaml");
    assertFalse(Files.exists(project.resolve("src/deep/.tolk")));

    Files.createDirectories(project.resolve("other/.git"));
    Tolk.Result stopped = new Tolk(project.resolve("other")).against(api).run("status");
    assertEquals(ExitCodes.CONFIGURATION, stopped.exitCode(), "not above a repository's root");
    assertTrue(stopped.err().contains("config file not found here or in a parent folder"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT_br", "pt_BR", "pt-br"})
  void language_codes_are_normalized(String given) throws IOException {
    projectWith(given);
    Tolk.Result run = tolk().run("run", "--json");
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(Files.exists(project.resolve("locales/pt-BR.json")), run.out());
  }

  @Test
  void a_target_that_is_the_source_and_a_key_that_matches_nothing_are_errors() throws IOException {
    projectWith("fr, EN");
    Tolk.Result same = tolk().run("run");
    assertEquals(ExitCodes.CONFIGURATION, same.exitCode(), same.toString());
    assertTrue(same.err().contains("target language 'EN' is the source language"), same.err());

    projectWith("fr");
    Tolk.Result nothing = tolk().run("run", "--key", "titel");
    assertEquals(ExitCodes.USAGE, nothing.exitCode(), nothing.toString());
    assertTrue(nothing.err().contains("no key of the source files matches --key titel"));
  }

  @Test
  void a_dry_run_lists_what_it_would_send_and_a_run_says_what_each_file_got() throws IOException {
    projectWith("fr, de");
    Tolk.Result list = tolk().run("run", "--dry-run", "--list");
    assertEquals(0, list.exitCode(), list.toString());
    assertTrue(list.out().contains("  locales/en.json /greeting [de]\n"), list.out());
    assertEquals(
        6, list.out().lines().filter(line -> line.startsWith("  locales/en.json /")).count());
    assertEquals(ExitCodes.USAGE, tolk().run("run", "--list").exitCode());

    Tolk.Result run = tolk().run("run");
    assertTrue(run.out().contains("wrote locales/fr.json (3), locales/de.json (3)"), run.out());
  }

  @ParameterizedTest
  @ValueSource(ints = {80, 120})
  void progress_lines_fit_the_terminal_and_are_gone_before_the_summary(int columns)
      throws IOException {
    projectWith("fr, de, ru, ja");
    api.batches().endAfterPolls(2);
    Tolk.Result run =
        tolk().terminal(columns).run("run", "--batch-threshold", "1", "--poll-interval", "1s");
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(
        run.err().contains("using the Message Batches API (12 pending units > batch"), run.err());
    assertTrue(run.err().contains("--sync answers in seconds"), run.err());
    assertTrue(run.err().contains("since submitted"), run.err());
    for (String segment : run.err().split("[\r\n]")) {
      assertTrue(
          segment.length() <= columns - 1,
          "a line of " + segment.length() + " columns: " + segment);
    }
    String last = run.err().substring(run.err().lastIndexOf('\r') + 1);
    assertTrue(last.isBlank(), "the line is cleared at the end: '" + last + "'");
  }
}
