package dev.tolk.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
  private static final String SOURCE =
      "{\n  \"title\": \"Photo Shelf\",\n  \"greeting\": \"Hello {name}\",\n  \"count\": \"{n, plural, one {# photo} other {# photos}}\",\n  \"nested\": {\n    \"bold\": \"<b>Bold</b> %s\"\n  }\n}\n";

  @TempDir Path project;
  private final FakeAnthropic api = new FakeAnthropic();

  @AfterEach
  void stop() throws IOException {
    api.close();
  }

  private Tolk tolk() {
    return new Tolk(project).against(api);
  }

  private void write(String path, String content) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private String read(String path) throws IOException {
    return Files.readString(project.resolve(path));
  }

  private void projectWith(String targets) throws IOException {
    write(
        "tolk.yaml",
        "source: en\ntargets: ["
            + targets
            + "]\nfiles:\n  - source: locales/en.json\n    output: locales/{lang}.json\n");
    write("locales/en.json", SOURCE);
  }

  private static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void run_translates_the_project_and_a_second_run_sends_nothing() throws IOException {
    projectWith("fr, de");
    Tolk.Result first = tolk().run("run");
    assertEquals(0, first.exitCode(), first.toString());
    assertTrue(first.out().contains("translated 8, up to date 0, failed 0"), first.out());
    JsonNode fr = json(read("locales/fr.json"));
    assertEquals("fr:Hello {name}", fr.get("greeting").asText());
    assertEquals("fr:<b>Bold</b> %s", fr.at("/nested/bold").asText());
    assertEquals(2, api.requestCount(), "one chunk per language");

    String frBytes = read("locales/fr.json");
    Tolk.Result second = tolk().run("run");
    assertEquals(0, second.exitCode(), second.toString());
    assertTrue(second.out().contains("translated 0, up to date 8"), second.out());
    assertEquals(2, api.requestCount(), "no API call when nothing is missing");
    assertEquals(frBytes, read("locales/fr.json"), "no byte changed");
  }

  @Test
  void only_missing_keys_are_sent_and_existing_translations_are_kept() throws IOException {
    projectWith("fr");
    write("locales/fr.json", "{\n  \"title\": \"Étagère à photos\"\n}\n");
    Tolk.Result result = tolk().run("run");
    assertEquals(0, result.exitCode(), result.toString());
    JsonNode sent = api.userMessages().get(0).get("items");
    assertEquals(3, sent.size());
    assertFalse(sent.toString().contains("Photo Shelf"));
    assertEquals(
        "{\n  \"title\": \"Étagère à photos\",\n  \"greeting\": \"fr:Hello {name}\",\n  \"count\": \"fr:{n, plural, one {# photo} other {# photos}}\",\n  \"nested\": {\n    \"bold\": \"fr:<b>Bold</b> %s\"\n  }\n}\n",
        read("locales/fr.json"));
  }

  @Test
  void force_translates_everything_again() throws IOException {
    projectWith("fr");
    write("locales/fr.json", "{\n  \"title\": \"Étagère\"\n}\n");
    assertEquals(0, tolk().run("run", "--force").exitCode());
    assertEquals(4, api.userMessages().get(0).get("items").size());
    assertEquals("fr:Photo Shelf", json(read("locales/fr.json")).get("title").asText());
  }

  @Test
  void a_401_stops_the_whole_run_at_once_and_leaves_files_unchanged() throws IOException {
    projectWith("fr, de, ja");
    write("locales/fr.json", "{\"title\": \"Étagère\"}");
    Tolk.Result result =
        new Tolk(project)
            .against(api)
            .env("ANTHROPIC_API_KEY", "sk-ant-revoked")
            .run("run", "--concurrency", "1");
    assertEquals(3, result.exitCode(), result.toString());
    assertTrue(result.err().contains("the API refused the key"), result.err());
    assertTrue(result.err().contains("request-id req_err401"), result.err());
    assertEquals(1, api.requestCount(), "no further request after a 401");
    assertEquals("{\"title\": \"Étagère\"}", read("locales/fr.json"));
    assertFalse(Files.exists(project.resolve("locales/de.json")));
  }

  @Test
  void a_missing_key_is_a_one_line_error_naming_the_variable() throws IOException {
    projectWith("fr");
    Tolk.Result result = new Tolk(project).env("ANTHROPIC_BASE_URL", api.baseUrl()).run("run");
    assertEquals(3, result.exitCode());
    assertEquals(
        "tolk: ANTHROPIC_API_KEY is not set: export your Anthropic API key, or try tolk offline with --provider pseudo\n",
        result.err());
    assertEquals(0, api.requestCount());
  }

  @Test
  void a_dropped_placeholder_is_repaired_once_then_reported_and_the_old_value_kept()
      throws IOException {
    projectWith("fr");
    write("locales/fr.json", "{\n  \"greeting\": \"Bonjour {name}\"\n}\n");
    api.thenAnswer(
        answer -> {
          answer.replaceAll((id, text) -> text.replace("{n, plural", "{nombre, plural"));
          return answer;
        });
    api.thenAnswer(
        answer -> {
          answer.replaceAll((id, text) -> text.replace("{n, plural", "{nombre, plural"));
          return answer;
        });
    Tolk.Result result = tolk().run("run", "--force");
    assertEquals(1, result.exitCode(), result.toString());
    assertEquals(2, api.requestCount(), "the answer and one repair");
    JsonNode repair = api.userMessages().get(1);
    assertEquals(1, repair.get("items").size());
    assertTrue(
        repair.get("problems").toString().contains("missing ICU argument {n,plural}"),
        repair.toString());
    assertTrue(
        result
            .err()
            .contains(
                "failed locales/en.json /count [fr]: invalid answer: missing ICU argument {n,plural}"),
        result.err());
    JsonNode fr = json(read("locales/fr.json"));
    assertEquals("fr:Hello {name}", fr.get("greeting").asText());
    assertFalse(fr.has("count"), "a broken answer never reaches the file");
  }

  @Test
  void an_answer_that_drops_a_line_break_is_sent_back_and_never_written() throws IOException {
    write("tolk.yaml", "targets: [fr]\nfiles:\n  - source: en.json\n");
    write("en.json", "{\"terms\": \"Read this first.\\nThen accept.\"}\n");
    api.thenAnswer(
        answer -> {
          answer.replaceAll((id, text) -> text.replace("\n", " "));
          return answer;
        });
    Tolk.Result result = tolk().run("run");
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals(2, api.requestCount(), "the answer and its repair");
    assertTrue(
        api.userMessages().get(1).get("problems").toString().contains("\\\\n (line break)"),
        api.userMessages().get(1).toString());
    assertEquals("fr:Read this first.\nThen accept.", json(read("fr.json")).get("terms").asText());
  }

  @Test
  void an_unknown_model_stops_the_run_after_its_first_answer_and_says_so_once() throws IOException {
    StringBuilder json = new StringBuilder("{\n");
    for (int i = 0; i < 200; i++) {
      json.append("  \"k").append(i).append("\": \"Text ").append(i).append("\",\n");
    }
    write("en.json", json.append("  \"last\": \"Last\"\n}\n").toString());
    write("tolk.yaml", "targets: [fr, de]\nfiles:\n  - source: en.json\n");
    api.unknownModel("claude-nope");
    Tolk.Result result = tolk().run("run", "--model", "claude-nope", "--batch-threshold", "1000");
    assertEquals(ExitCodes.CONFIGURATION, result.exitCode(), result.toString());
    assertTrue(result.err().contains("the API does not know the model"), result.err());
    assertEquals(
        1, result.err().lines().filter(line -> line.contains("does not know the model")).count());
    assertFalse(result.err().contains("failed en.json"), result.err());
    assertTrue(api.requestCount() <= 2, "stopped at once, not " + api.requestCount() + " requests");
  }

  @Test
  void a_file_that_cannot_be_written_is_exit_74_and_says_nothing_is_half_written()
      throws IOException {
    projectWith("fr");
    Files.createDirectories(project.resolve(".tolk"));
    Files.writeString(project.resolve(".tolk/runs"), "a file where tolk keeps its batch runs");
    Tolk.Result result = tolk().run("run", "--use-batch-api");
    assertEquals(ExitCodes.CANNOT_WRITE, result.exitCode(), result.toString());
    assertTrue(
        result.err().contains("cannot write " + project.resolve(".tolk/runs")), result.err());
    assertEquals(0, api.requestCount(), "nothing sent before the journal could be written");
    assertTrue(result.err().contains("nothing was left half-written"), result.err());
    assertFalse(result.err().contains("internal error"));
  }

  @Test
  void missing_extra_and_renamed_ids_are_rejected_and_asked_again() throws IOException {
    projectWith("fr");
    api.thenAnswer(
        answer -> {
          Map<String, String> shifted = new LinkedHashMap<>();
          answer.forEach(
              (id, text) -> shifted.put(Integer.toString(Integer.parseInt(id) + 1), text));
          return shifted;
        });
    Tolk.Result result = tolk().run("run");
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals(2, api.requestCount());
    assertTrue(api.userMessages().get(1).get("problems").toString().contains("unexpected ids: 5"));
    assertEquals("fr:Photo Shelf", json(read("locales/fr.json")).get("title").asText());
  }

  @Test
  void a_truncated_answer_is_split_into_smaller_requests() throws IOException {
    projectWith("fr");
    api.truncateAbove(2);
    Tolk.Result result = tolk().run("run");
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals(
        java.util.List.of(4, 2, 2),
        api.userMessages().stream().map(m -> m.get("items").size()).toList());
  }

  @Test
  void overloaded_and_rate_limited_requests_are_retried_without_real_waiting() throws IOException {
    projectWith("fr");
    api.thenError(529, "overloaded_error", "Overloaded")
        .thenError(429, "rate_limit_error", "rate limited", "retry-after", "20")
        .thenError(500, "api_error", "Internal server error")
        .thenDrop();
    Tolk tolk = tolk();
    Tolk.Result result = tolk.run("run");
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals(5, api.requestCount());
    assertTrue(
        tolk.time().sleeps().contains(java.time.Duration.ofSeconds(20)),
        tolk.time().sleeps().toString());
  }

  @Test
  void an_api_that_keeps_failing_gives_exit_code_4_and_writes_nothing() throws IOException {
    projectWith("fr");
    for (int i = 0; i < 10; i++) {
      api.thenError(529, "overloaded_error", "Overloaded");
    }
    Tolk.Result result = tolk().run("run");
    assertEquals(4, result.exitCode(), result.toString());
    assertTrue(result.err().contains("HTTP 529 overloaded_error: Overloaded"), result.err());
    assertFalse(Files.exists(project.resolve("locales/fr.json")));
  }

  @Test
  void a_model_that_refuses_forced_tools_is_asked_for_json_text() throws IOException {
    projectWith("fr, de");
    api.refuseForcedTool();
    Tolk.Result result = tolk().run("run", "--concurrency", "1", "-v");
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals(
        3, api.requestCount(), "one refused request, then text mode for the rest of the run");
    assertFalse(api.bodies().get(2).has("tool_choice"));
    assertEquals("de:Photo Shelf", json(read("locales/de.json")).get("title").asText());
  }

  @Test
  void the_system_prompt_is_cached_and_the_summary_counts_tokens_and_dollars() throws IOException {
    projectWith("fr");
    Tolk.Result result = tolk().run("run", "--json");
    assertEquals(0, result.exitCode(), result.toString());
    JsonNode report = json(result.out());
    assertEquals("OK", report.get("status").asText());
    assertEquals(4, report.get("translated").asInt());
    assertEquals(1, report.at("/usage/requests").asInt());
    assertTrue(report.at("/usage/cache_write_tokens").asLong() > 500, report.toString());
    assertTrue(report.get("cost").asDouble() > 0);
    assertEquals("[\"locales/fr.json\"]", report.get("written").toString());
  }

  @Test
  void dry_run_sends_nothing_writes_nothing_and_shows_the_cost() throws IOException {
    projectWith("fr, de");
    Tolk.Result result = tolk().run("run", "--dry-run");
    assertEquals(0, result.exitCode(), result.toString());
    assertTrue(
        result
            .out()
            .startsWith("dry run (claude claude-sonnet-5): 8 strings to translate in 1 files"),
        result.out());
    assertTrue(result.out().contains("estimated cost: $"), result.out());
    assertEquals(0, api.requestCount());
    assertFalse(Files.exists(project.resolve("locales/fr.json")));
  }

  @Test
  void malformed_source_names_file_line_and_column_and_is_not_rewritten() throws IOException {
    projectWith("fr");
    write("locales/en.json", "{\n  \"a\": \"A\",\n  \"b\": \"B\"\n  \"c\": \"C\"\n}\n");
    Tolk.Result result = tolk().run("run");
    assertEquals(2, result.exitCode(), result.toString());
    assertTrue(
        result.err().startsWith("tolk: locales/en.json:4:3: Unexpected character"), result.err());
    assertEquals(0, api.requestCount());
  }

  @Test
  void a_malformed_target_is_reported_and_left_exactly_as_it_was() throws IOException {
    projectWith("fr, de");
    write("locales/fr.json", "{\"title\": \"Étagère\",}");
    Tolk.Result result = tolk().run("run");
    assertEquals(2, result.exitCode(), result.toString());
    assertTrue(result.err().contains("locales/fr.json:1:"), result.err());
    assertEquals("{\"title\": \"Étagère\",}", read("locales/fr.json"));
    assertEquals(
        "de:Photo Shelf",
        json(read("locales/de.json")).get("title").asText(),
        "other files still proceed");
  }

  @Test
  void invalid_utf8_in_a_source_is_reported_with_its_place() throws IOException {
    projectWith("fr");
    Files.write(
        project.resolve("locales/en.json"),
        new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, '"', '}'});
    Tolk.Result result = tolk().run("run");
    assertEquals(2, result.exitCode());
    assertEquals(
        "tolk: locales/en.json:1:7: invalid UTF-8: byte 0xFF at offset 6 cannot be decoded\n",
        result.err());
  }

  @Test
  void duplicate_keys_and_empty_sources_are_input_errors() throws IOException {
    projectWith("fr");
    write("locales/en.json", "{\"a\": \"A\", \"a\": \"B\"}");
    Tolk.Result duplicate = tolk().run("run");
    assertEquals(2, duplicate.exitCode());
    assertTrue(
        duplicate.err().contains("locales/en.json:1:15: Duplicate field 'a'"), duplicate.err());
    write("locales/en.json", "{}");
    Tolk.Result empty = tolk().run("run");
    assertEquals(2, empty.exitCode());
    assertTrue(
        empty.err().contains("locales/en.json: empty source: no strings to translate"),
        empty.err());
  }

  @Test
  void a_language_code_that_would_escape_the_project_is_refused() throws IOException {
    projectWith("fr");
    Tolk.Result result = tolk().run("run", "-t", "../../etc");
    assertEquals(2, result.exitCode(), result.toString());
    assertTrue(result.err().contains("invalid language code '../../etc'"), result.err());
    Tolk.Result unknown = tolk().run("run", "-t", "xx");
    assertEquals(2, unknown.exitCode());
    assertEquals(
        "tolk: unknown language code 'xx': 'xx' is not an ISO 639 language\n", unknown.err());
    write(
        "tolk.yaml",
        "targets: [fr]\nfiles:\n  - source: locales/en.json\n    output: ../outside/{lang}.json\n");
    Tolk.Result outside = tolk().run("run");
    assertEquals(2, outside.exitCode(), outside.toString());
    assertTrue(outside.err().contains("is outside the project"), outside.err());
    assertFalse(Files.exists(project.getParent().resolve("outside")));
  }

  @Test
  void a_missing_config_and_a_bad_config_are_configuration_errors() throws IOException {
    Tolk.Result missing = tolk().run("run");
    assertEquals(3, missing.exitCode());
    assertTrue(missing.err().contains("tolk.yaml: config file not found"), missing.err());
    write("tolk.yaml", "targets: [fr]\nfilez: []\n");
    Tolk.Result typo = tolk().run("run");
    assertEquals(3, typo.exitCode());
    assertTrue(
        typo.err()
            .contains(
                "tolk.yaml:2: unknown key 'filez' (known here: batch, chunking, concurrency, context,"),
        typo.err());
  }

  @Test
  void the_api_key_is_never_written_to_any_file() throws IOException {
    projectWith("fr");
    tolk().run("run", "--json");
    try (Stream<Path> files = Files.walk(project)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertFalse(Files.readString(file, UTF_8).contains(FakeAnthropic.KEY), file.toString());
      }
    }
  }
}
