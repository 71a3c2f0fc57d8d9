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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second stage: a review of what tolk translated, through both APIs. */
class ReviewTest {
  private static final String SOURCE =
      "{\n"
          + "  \"title\": \"Photo Shelf\",\n"
          + "  \"greeting\": \"Hello {name}\",\n"
          + "  \"sync\": \"Sync now\",\n"
          + "  \"files\": \"{n, plural, one {# file} other {# files}}\"\n"
          + "}\n";

  @TempDir Path project;
  private final FakeAnthropic api = new FakeAnthropic();

  @AfterEach
  void stop() throws IOException {
    api.close();
  }

  private Tolk tolk() {
    return new Tolk(project).against(api);
  }

  private void projectWith(String targets) throws IOException {
    Files.writeString(
        project.resolve("tolk.yaml"), "targets: [" + targets + "]\nfiles:\n  - source: en.json\n");
    Files.writeString(project.resolve("en.json"), SOURCE);
  }

  private String read(String path) throws IOException {
    return Files.readString(project.resolve(path));
  }

  private static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  /** The first run leaves "Sync now" untranslated in every language: the review catches it. */
  private void translateWithOneMiss(int requests) {
    for (int i = 0; i < requests; i++) {
      api.thenAnswer(
          answer -> {
            answer.replaceAll((id, text) -> text.endsWith(":Sync now") ? "Sync now" : text);
            return answer;
          });
    }
  }

  @Test
  void a_review_lets_good_translations_stand_and_corrects_the_rest_with_a_reason()
      throws IOException {
    projectWith("fr, ru, ja");
    translateWithOneMiss(3);
    assertEquals(0, tolk().run("run").exitCode());
    assertTrue(read("fr.json").contains("\"Sync now\""), read("fr.json"));
    String russianBefore = read("ru.json");
    int translations = api.requestCount();

    Tolk.Result review = tolk().run("review", "--json");
    assertEquals(0, review.exitCode(), review.toString());
    JsonNode report = json(review.out()).path("review");
    assertEquals(12, report.path("reviewed").asInt(), review.out());
    assertEquals(3, report.path("corrected").asInt(), review.out());
    assertEquals(9, report.path("approved").asInt(), review.out());
    JsonNode revision = report.path("revisions").get(0);
    assertEquals("/sync", revision.path("key").asText());
    assertEquals("Sync now", revision.path("before").asText());
    assertFalse(revision.path("reason").asText().isBlank());
    assertTrue(read("fr.json").contains("\"fr:Sync now\""), read("fr.json"));
    assertTrue(read("ru.json").contains("\"ru:Sync now\""), read("ru.json"));
    assertEquals(
        russianBefore.replace("\"Sync now\"", "\"ru:Sync now\""),
        read("ru.json"),
        "only the corrected string changed");

    JsonNode request = api.bodies().get(translations);
    assertEquals("submit_review", request.path("tool_choice").path("name").asText());
    assertTrue(
        request.path("system").path(0).path("text").asText().contains("This request is a review"));
    JsonNode user = api.userMessages().get(translations);
    assertTrue(user.has("translations"), user.toString());
    assertTrue(read("tolk.lock").contains("\"reviewed\" : true"), read("tolk.lock"));

    Tolk.Result again = tolk().run("review");
    assertEquals(0, again.exitCode(), again.toString());
    assertTrue(again.out().contains("reviewed 0: 0 let stand, 0 corrected"), again.out());
    assertEquals(0, tolk().run("check").exitCode());
  }

  @Test
  void a_correction_that_breaks_a_placeholder_is_rejected_and_the_translation_kept()
      throws IOException {
    Files.writeString(project.resolve("tolk.yaml"), "targets: [de]\nfiles:\n  - source: en.json\n");
    Files.writeString(project.resolve("en.json"), "{\"greeting\": \"Hello {name}\"}\n");
    assertEquals(0, tolk().run("run").exitCode());
    for (int i = 0; i < 2; i++) {
      api.thenAnswer(
          answer -> {
            answer.replaceAll((id, text) -> "Hallo {nom}");
            return answer;
          });
    }
    Tolk.Result review = tolk().run("review");
    assertEquals(ExitCodes.SOME_FAILED, review.exitCode(), review.toString());
    assertTrue(review.err().contains("correction rejected, the translation is kept"), review.err());
    assertTrue(read("de.json").contains("de:Hello {name}"), read("de.json"));
    assertTrue(
        api.userMessages().get(api.requestCount() - 1).has("problems"),
        "the correction got a repair request first");
  }

  @Test
  void a_translation_a_person_edited_is_never_reviewed() throws IOException {
    projectWith("fr");
    assertEquals(0, tolk().run("run").exitCode());
    Files.writeString(
        project.resolve("fr.json"), read("fr.json").replace("fr:Sync now", "Synchroniser"));
    int before = api.requestCount();
    Tolk.Result review = tolk().run("review", "--json");
    assertEquals(0, review.exitCode(), review.toString());
    assertEquals(3, json(review.out()).path("review").path("reviewed").asInt());
    for (JsonNode user : api.userMessages().subList(before, api.requestCount())) {
      assertFalse(user.toString().contains("Synchroniser"), user.toString());
    }
    assertTrue(read("fr.json").contains("Synchroniser"));
  }

  @Test
  void run_review_translates_then_reviews_in_one_go() throws IOException {
    projectWith("fr");
    translateWithOneMiss(1);
    Tolk.Result result = tolk().run("run", "--review");
    assertEquals(0, result.exitCode(), result.toString());
    assertTrue(result.out().contains("translated 4"), result.out());
    assertTrue(result.out().contains("reviewed 4: 3 let stand, 1 corrected"), result.out());
    assertTrue(
        result.out().contains("corrected en.json /sync [fr]: Sync now -> fr:Sync now"),
        result.out());
    assertTrue(read("fr.json").contains("\"fr:Sync now\""));
  }

  @Test
  void a_large_review_goes_through_the_batch_api_and_can_be_collected_later() throws IOException {
    projectWith("fr, de");
    translateWithOneMiss(2);
    assertEquals(0, tolk().run("run", "--sync").exitCode());
    Tolk.Result submitted =
        tolk().run("review", "--use-batch-api", "--no-wait", "--poll-interval", "1s");
    assertEquals(75, submitted.exitCode(), submitted.toString());
    assertTrue(read("fr.json").contains("\"Sync now\""), "nothing written before collection");
    String batch = api.batches().ids().get(0);
    assertTrue(
        api.batches().customIds(batch).stream().allMatch(id -> id.contains("review")),
        api.batches().customIds(batch).toString());

    Tolk.Result resumed = tolk().run("resume", "--json");
    assertEquals(0, resumed.exitCode(), resumed.toString());
    JsonNode review = json(resumed.out()).path("review");
    assertEquals(2, review.path("corrected").asInt(), resumed.out());
    assertTrue(read("fr.json").contains("\"fr:Sync now\""), read("fr.json"));
    assertTrue(read("de.json").contains("\"de:Sync now\""), read("de.json"));
    assertTrue(json(resumed.out()).path("batch_usage").path("requests").asInt() > 0);
  }
}
