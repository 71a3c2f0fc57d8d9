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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Context, tone, style, glossary and length limits: in the prompt, the lock, and the checks. */
class QualityTest {
  private static final String SOURCE =
      "{\n"
          + "  \"settings.title\": \"Settings\",\n"
          + "  \"button.move\": \"Move folder\",\n"
          + "  \"files.moved\": \"The folder was moved to Tolk Cloud\",\n"
          + "  \"files.empty\": \"This list is empty\",\n"
          + "  \"account.delete\": \"Delete your account\"\n"
          + "}\n";
  private static final String ANDROID =
      "<resources>\n"
          + "  <!-- Toolbar action [CHAR LIMIT=12] -->\n"
          + "  <string name=\"action_sync\">Sync now</string>\n"
          + "</resources>\n";
  private static final String QUALITY =
      "context: \"Tolk Cloud is a file-sharing app for small teams; users are office workers.\"\n"
          + "tone: {de: informal, ja: polite}\n"
          + "style: {all: \"Short, active voice.\"}\n"
          + "glossary:\n"
          + "  keep: [\"Tolk Cloud\"]\n"
          + "  terms: {de: {folder: Ordner}}\n"
          + "max-length: {\"button.*\": 20}\n";

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

  private void projectWith(String targets, String extra) throws IOException {
    write(
        "tolk.yaml",
        "targets: ["
            + targets
            + "]\nchunking: {max-items: 2}\nfiles:\n  - source: en.json\n"
            + "  - source: res/values/strings.xml\n"
            + extra);
    write("en.json", SOURCE);
    write("res/values/strings.xml", ANDROID);
  }

  private static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  private List<JsonNode> bodiesFor(String language) {
    List<JsonNode> found = new ArrayList<>();
    for (int i = 0; i < api.bodies().size(); i++) {
      if (api.userMessages().get(i).path("target_language").asText().equals(language)) {
        found.add(api.bodies().get(i));
      }
    }
    return found;
  }

  @Test
  void
      the_brief_travels_in_one_cached_prefix_per_language_and_each_item_brings_its_key_file_and_limit()
          throws IOException {
    projectWith("de, ja", QUALITY);
    Tolk.Result result = tolk().run("run");
    assertEquals(0, result.exitCode(), result.toString());

    List<JsonNode> german = bodiesFor("de");
    assertTrue(german.size() >= 3, "several chunks of German: " + german.size());
    Set<String> prefixes = new HashSet<>();
    german.forEach(body -> prefixes.add(body.path("system").toString()));
    assertEquals(1, prefixes.size(), "every chunk of a language shares one system prompt");
    JsonNode system = german.get(0).path("system").path(0);
    assertEquals("ephemeral", system.path("cache_control").path("type").asText());
    String text = system.path("text").asText();
    assertTrue(text.contains("Tolk Cloud is a file-sharing app for small teams"), text);
    assertTrue(text.contains("Tone and form of address: informal."), text);
    assertTrue(text.contains("Style: Short, active voice."), text);
    assertTrue(text.contains("keep them exactly as written: \"Tolk Cloud\""), text);
    assertTrue(text.contains("\"folder\" → \"Ordner\""), text);

    String japanese = bodiesFor("ja").get(0).path("system").path(0).path("text").asText();
    assertTrue(japanese.contains("Tone and form of address: polite."), japanese);
    assertFalse(japanese.contains("Ordner"), "German terms stay out of the Japanese prompt");

    Map<String, Integer> limits = new java.util.HashMap<>();
    Set<String> keys = new TreeSet<>();
    for (JsonNode user : api.userMessages()) {
      user.path("items")
          .fieldNames()
          .forEachRemaining(
              id -> {
                String key = user.path("keys").path(id).asText();
                keys.add(key);
                if (user.path("max_length").has(id)) {
                  limits.put(key, user.path("max_length").path(id).asInt());
                }
              });
      assertTrue(user.has("file") || user.has("files"), user.toString());
    }
    assertTrue(
        keys.containsAll(Set.of("/settings.title", "/button.move", "action_sync")), "" + keys);
    assertEquals(Map.of("/button.move", 20, "action_sync", 12), limits);

    String written = Files.readString(project.resolve("de.json"));
    assertTrue(written.contains("Ordner"), "the fake follows the glossary: " + written);
    String lock = Files.readString(project.resolve("tolk.lock"));
    assertTrue(lock.contains("\"brief\""), lock);
    assertFalse(result.err().contains("(glossary)"), "the glossary was followed: " + result.err());
  }

  @Test
  void a_prefix_shorter_than_the_models_minimum_is_not_marked_for_caching() throws IOException {
    projectWith("fr", "");
    assertEquals(0, tolk().run("run", "--model", "claude-haiku-4-5").exitCode());
    for (JsonNode body : api.bodies()) {
      assertFalse(body.path("system").path(0).has("cache_control"), body.toString());
    }
    JsonNode estimate =
        json(tolk()
                .run("run", "--force", "--dry-run", "--json", "--model", "claude-haiku-4-5")
                .out())
            .path("estimate");
    assertEquals(0, estimate.path("cached_tokens").asLong(), estimate.toString());
    JsonNode sonnet =
        json(tolk().run("run", "--force", "--dry-run", "--json").out()).path("estimate");
    assertTrue(sonnet.path("cached_tokens").asLong() > 0, sonnet.toString());
  }

  @Test
  void a_changed_glossary_term_makes_only_the_translations_that_contain_it_stale()
      throws IOException {
    projectWith("de, fr", QUALITY);
    assertEquals(0, tolk().run("run").exitCode());
    int before = api.requestCount();
    write(
        "tolk.yaml",
        Files.readString(project.resolve("tolk.yaml"))
            .replace("{de: {folder: Ordner}}", "{de: {folder: Verzeichnis}}"));

    Tolk.Result check = tolk().run("check");
    assertEquals(ExitCodes.CHECK_FAILED, check.exitCode(), check.toString());
    List<String> stale = check.out().lines().filter(line -> line.contains("stale")).toList();
    assertEquals(2, stale.size(), check.out());
    assertTrue(stale.stream().allMatch(line -> line.contains("[de]")), check.out());
    assertTrue(check.out().contains("en.json /button.move [de]"), check.out());
    assertTrue(check.out().contains("en.json /files.moved [de]"), check.out());

    Tolk.Result rerun = tolk().run("run", "--json");
    assertEquals(0, rerun.exitCode(), rerun.toString());
    assertEquals(2, json(rerun.out()).path("translated").asInt(), rerun.out());
    Set<String> resent = new TreeSet<>();
    for (JsonNode user : api.userMessages().subList(before, api.requestCount())) {
      user.path("keys")
          .forEach(key -> resent.add(user.path("target_language").asText() + key.asText()));
    }
    assertEquals(Set.of("de/button.move", "de/files.moved"), resent);
    assertTrue(Files.readString(project.resolve("de.json")).contains("Verzeichnis"));
    assertEquals(0, tolk().run("check").exitCode());
  }

  @Test
  void a_translation_over_its_limit_is_sent_back_with_the_limit_then_reported() throws IOException {
    write("tolk.yaml", "targets: [fr]\nfiles:\n  - source: res/values/strings.xml\n");
    write("res/values/strings.xml", ANDROID);
    api.thenAnswer(
        answer -> {
          answer.replaceAll(
              (id, text) -> text.contains("Sync now") ? "fr:Synchroniser maintenant" : text);
          return answer;
        });
    Tolk.Result repaired = tolk().run("run", "--json");
    assertEquals(0, repaired.exitCode(), repaired.toString());
    JsonNode repair =
        api.userMessages().stream().filter(user -> user.has("problems")).findFirst().orElseThrow();
    assertTrue(repair.path("problems").toString().contains("at most 12 fit"), repair.toString());
    assertEquals(12, repair.path("max_length").elements().next().asInt(), repair.toString());
    assertTrue(
        Files.readString(project.resolve("res/values-fr/strings.xml")).contains("fr:Sync now"));

    write("res/values/strings.xml", ANDROID.replace("Sync now", "Sync all"));
    for (int i = 0; i < 2; i++) {
      api.thenAnswer(
          answer -> {
            answer.replaceAll((id, text) -> "fr:Tout synchroniser maintenant");
            return answer;
          });
    }
    Tolk.Result failed = tolk().run("run");
    assertEquals(ExitCodes.SOME_FAILED, failed.exitCode(), failed.toString());
    assertTrue(failed.err().contains("too long: 31 characters where at most 12 fit"), failed.err());
    assertTrue(
        Files.readString(project.resolve("res/values-fr/strings.xml")).contains("fr:Sync now"),
        "the old translation stays");
  }

  @Test
  void an_answer_in_the_wrong_script_is_a_warning_by_default_and_rejected_when_asked()
      throws IOException {
    projectWith("ja", "");
    Tolk.Result warned = tolk().run("run", "--json");
    assertEquals(0, warned.exitCode(), warned.toString());
    JsonNode warnings = json(warned.out()).path("warnings");
    assertTrue(warnings.size() >= 3, warned.out());
    assertTrue(
        warnings.get(0).path("warning").asText().contains("mostly Latin letters"), warned.out());
    Tolk.Result check = tolk().run("check");
    assertEquals(0, check.exitCode(), "warnings do not fail the check: " + check);
    assertTrue(check.out().contains("warning: mostly Latin letters"), check.out());

    write("tolk.yaml", Files.readString(project.resolve("tolk.yaml")) + "script-check: reject\n");
    Tolk.Result rejected = tolk().run("run", "--force");
    assertEquals(ExitCodes.SOME_FAILED, rejected.exitCode(), rejected.toString());
    assertTrue(rejected.err().contains("mostly Latin letters"), rejected.err());
  }

  @Test
  void a_bad_quality_setting_names_its_key() throws IOException {
    projectWith("fr", "script-check: sometimes\n");
    Tolk.Result result = tolk().run("run");
    assertEquals(ExitCodes.CONFIGURATION, result.exitCode(), result.toString());
    assertTrue(
        result.err().contains("script-check: 'sometimes' is not one of off, warn, reject"),
        result.err());
    projectWith("fr", "tone: {\"not a language\": informal}\n");
    Tolk.Result tone = tolk().run("run");
    assertTrue(tone.err().contains("tone: invalid language code 'not a language'"), tone.err());
  }
}
