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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalTest {
  @TempDir Path project;
  private final FakeAnthropic api = new FakeAnthropic();

  @AfterEach
  void stop() throws IOException {
    api.close();
  }

  @BeforeEach
  void translated_once() throws IOException {
    Files.writeString(project.resolve("tolk.yaml"), "targets: [fr]\nfiles:\n  - source: en.json\n");
    source(
        "{\n  \"title\": \"Photos\",\n  \"save\": \"Save\",\n  \"auth\": {\n    \"in\": \"Sign in\",\n    \"out\": \"Sign out\"\n  }\n}\n");
    assertEquals(0, tolk().run("run").exitCode());
  }

  private Tolk tolk() {
    return new Tolk(project).against(api);
  }

  private void source(String json) throws IOException {
    Files.writeString(project.resolve("en.json"), json);
  }

  private JsonNode fr() throws IOException {
    return new ObjectMapper().readTree(project.resolve("fr.json").toFile());
  }

  private int requestsAfterSetup() {
    return api.userMessages().size() - 1;
  }

  @Test
  void an_unchanged_project_sends_nothing_and_changes_no_byte() throws IOException {
    String lock = Files.readString(project.resolve("tolk.lock"));
    String fr = Files.readString(project.resolve("fr.json"));
    Tolk.Result again = tolk().run("run");
    assertEquals(0, again.exitCode(), again.toString());
    assertEquals(0, requestsAfterSetup());
    assertEquals(lock, Files.readString(project.resolve("tolk.lock")));
    assertEquals(fr, Files.readString(project.resolve("fr.json")));
    JsonNode entry = new ObjectMapper().readTree(lock).at("/files/en.json/fr/~1auth~1in");
    assertEquals(16, entry.get("source").asText().length());
    assertEquals(16, entry.get("fingerprint").asText().length());
  }

  @Test
  void a_changed_source_string_is_sent_again_alone() throws IOException {
    source(
        "{\n  \"title\": \"Photos\",\n  \"save\": \"Save all\",\n  \"auth\": {\n    \"in\": \"Sign in\",\n    \"out\": \"Sign out\"\n  }\n}\n");
    Tolk.Result result = tolk().run("run");
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals("{\"1\":\"Save all\"}", api.userMessages().get(1).get("items").toString());
    assertTrue(
        result.out().contains("1 of them changed in the source since they were translated"),
        result.out());
    assertEquals("fr:Save all", fr().get("save").asText());
  }

  @Test
  void a_translation_a_person_edited_is_kept_and_reported_until_forced() throws IOException {
    Files.writeString(
        project.resolve("fr.json"),
        Files.readString(project.resolve("fr.json")).replace("fr:Save", "Enregistrer"));
    source(
        "{\n  \"title\": \"Photos\",\n  \"save\": \"Save now\",\n  \"auth\": {\n    \"in\": \"Sign in\",\n    \"out\": \"Sign out\"\n  }\n}\n");
    Tolk.Result kept = tolk().run("run");
    assertEquals(0, kept.exitCode(), kept.toString());
    assertEquals(0, requestsAfterSetup());
    assertTrue(
        kept.out()
            .contains(
                "kept 1 translation edited by a person (--force translates them again):\n    en.json /save [fr]"),
        kept.out());
    assertEquals("Enregistrer", fr().get("save").asText());

    Tolk.Result forced = tolk().run("run", "--force", "--key", "/save");
    assertEquals(0, forced.exitCode(), forced.toString());
    assertEquals("fr:Save now", fr().get("save").asText());
  }

  @Test
  void a_renamed_key_with_the_same_text_reuses_its_translation_without_a_request()
      throws IOException {
    Files.writeString(project.resolve("fr.json"), Files.readString(project.resolve("fr.json")));
    source(
        "{\n  \"title\": \"Photos\",\n  \"saveButton\": \"Save\",\n  \"auth\": {\n    \"in\": \"Sign in\",\n    \"out\": \"Sign out\"\n  }\n}\n");
    Tolk.Result result = tolk().run("run");
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals(0, requestsAfterSetup());
    assertEquals("fr:Save", fr().get("saveButton").asText());
    assertFalse(fr().has("save"), "the old key is gone");
    assertTrue(result.out().contains("1 translation reused (renamed keys"), result.out());
    assertTrue(result.out().contains("1 key removed from targets"), result.out());
  }

  @Test
  void keys_removed_from_the_source_are_removed_from_targets_unless_configured_otherwise()
      throws IOException {
    source("{\n  \"title\": \"Photos\",\n  \"auth\": {\n    \"in\": \"Sign in\"\n  }\n}\n");
    assertEquals(0, tolk().run("run").exitCode());
    assertEquals(
        "{\n  \"title\": \"fr:Photos\",\n  \"auth\": {\n    \"in\": \"fr:Sign in\"\n  }\n}\n",
        Files.readString(project.resolve("fr.json")));
    assertFalse(Files.readString(project.resolve("tolk.lock")).contains("\"/save\""));

    Files.writeString(
        project.resolve("tolk.yaml"),
        "targets: [fr]\nremove-deleted-keys: false\nfiles:\n  - source: en.json\n");
    Files.writeString(
        project.resolve("fr.json"),
        "{\n  \"title\": \"fr:Photos\",\n  \"old\": \"ancien\",\n  \"auth\": {\n    \"in\": \"fr:Sign in\"\n  }\n}\n");
    assertEquals(0, tolk().run("run").exitCode());
    assertTrue(fr().has("old"));
  }

  @Test
  void a_key_a_person_added_only_to_a_target_is_kept_when_source_keys_are_removed()
      throws IOException {
    String fr = Files.readString(project.resolve("fr.json"));
    Files.writeString(
        project.resolve("fr.json"), fr.replace("\"save\"", "\"fr_only\": \"à nous\",\n  \"save\""));
    source("{\n  \"title\": \"Photos\",\n  \"auth\": {\n    \"in\": \"Sign in\"\n  }\n}\n");
    Tolk.Result run = tolk().run("run");
    assertEquals(0, run.exitCode(), run.toString());
    assertEquals(
        "à nous", fr().path("fr_only").asText(), "never in the source, never written by tolk");
    assertFalse(fr().has("save"), "tolk wrote it and its source key is gone");
    assertFalse(fr().path("auth").has("out"));
  }

  @Test
  void temporary_files_of_a_write_killed_midway_are_removed_by_the_next_run() throws IOException {
    // what kill -9 during AtomicFile.write leaves: a temporary file beside the target
    Files.writeString(project.resolve(".fr.json.8812734651.tmp"), "{\n  \"title\": \"fr:Ph");
    Files.writeString(project.resolve(".tolk.lock.17.tmp"), "{");
    Files.writeString(project.resolve(".fr.json.mine.tmp"), "not tolk's");
    Files.writeString(project.resolve("notes.tmp"), "not tolk's");
    Tolk.Result run = tolk().run("run");
    assertEquals(0, run.exitCode(), run.toString());
    assertFalse(Files.exists(project.resolve(".fr.json.8812734651.tmp")));
    assertFalse(Files.exists(project.resolve(".tolk.lock.17.tmp")));
    assertTrue(Files.exists(project.resolve(".fr.json.mine.tmp")));
    assertTrue(Files.exists(project.resolve("notes.tmp")));
  }

  @Test
  void a_narrowed_run_touches_only_its_keys_and_their_lock_entries() throws IOException {
    source(
        "{\n  \"title\": \"Photo album\",\n  \"save\": \"Save all\",\n  \"auth\": {\n    \"in\": \"Log in\",\n    \"out\": \"Log out\"\n  }\n}\n");
    Tolk.Result narrowed = tolk().run("run", "--key", "/auth/*");
    assertEquals(0, narrowed.exitCode(), narrowed.toString());
    assertEquals(
        "{\"1\":\"Log in\",\"2\":\"Log out\"}", api.userMessages().get(1).get("items").toString());
    assertEquals(
        "fr:Photos", fr().get("title").asText(), "outside the narrowed keys nothing changes");
    Tolk.Result full = tolk().run("run");
    assertEquals(
        "{\"1\":\"Photo album\",\"2\":\"Save all\"}",
        api.userMessages().get(2).get("items").toString(),
        "the lock did not claim the untouched keys");
    assertEquals(0, full.exitCode());
  }

  @Test
  void a_failed_unit_is_not_recorded_in_the_lock() throws IOException {
    source(
        "{\n  \"title\": \"Photos\",\n  \"save\": \"Save\",\n  \"greet\": \"Hi {name}\",\n  \"auth\": {\n    \"in\": \"Sign in\",\n    \"out\": \"Sign out\"\n  }\n}\n");
    api.thenAnswer(
        answer -> {
          answer.replaceAll((id, text) -> text.replace("{name}", ""));
          return answer;
        });
    api.thenAnswer(
        answer -> {
          answer.replaceAll((id, text) -> text.replace("{name}", ""));
          return answer;
        });
    assertEquals(1, tolk().run("run").exitCode());
    assertFalse(Files.readString(project.resolve("tolk.lock")).contains("/greet"));
  }

  @Test
  void a_corrupt_or_newer_lockfile_is_a_configuration_error() throws IOException {
    Files.writeString(project.resolve("tolk.lock"), "{\"version\": 1, \"files\": {");
    Tolk.Result corrupt = tolk().run("run");
    assertEquals(3, corrupt.exitCode());
    assertTrue(corrupt.err().contains("tolk.lock: damaged lockfile"), corrupt.err());
    Files.writeString(project.resolve("tolk.lock"), "{\"version\": 9, \"files\": {}}");
    Tolk.Result newer = tolk().run("run");
    assertEquals(3, newer.exitCode());
    assertTrue(newer.err().contains("written by a newer tolk (lockfile version 9)"), newer.err());
  }

  @Test
  void a_run_narrowed_to_one_file_touches_only_that_file_and_its_lock_entries() throws IOException {
    Files.writeString(
        project.resolve("tolk.yaml"),
        "targets: [fr]\nfiles:\n  - source: en.json\n  - source: other/en.json\n");
    Files.createDirectories(project.resolve("other"));
    Files.writeString(project.resolve("other/en.json"), "{\"x\": \"Extra\"}\n");
    source(
        "{\n  \"title\": \"Photo album\",\n  \"save\": \"Save\",\n  \"auth\": {\n    \"in\": \"Sign in\",\n    \"out\": \"Sign out\"\n  }\n}\n");
    Tolk.Result narrowed = tolk().run("run", "--file", "other/*");
    assertEquals(0, narrowed.exitCode(), narrowed.toString());
    assertEquals(
        "fr:Extra",
        new ObjectMapper().readTree(project.resolve("other/fr.json").toFile()).get("x").asText());
    assertEquals("fr:Photos", fr().get("title").asText(), "the other file is not touched");
    assertEquals(2, api.userMessages().size(), "only the narrowed file was sent");
    assertEquals(2, tolk().run("run", "--file", "nothing/*").exitCode());
  }
}
