package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tolk.state.ProjectLock;
import dev.tolk.support.BatchProject;
import dev.tolk.support.FakeAnthropic;
import dev.tolk.support.Tolk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunTest {
  @TempDir Path project;
  private final FakeAnthropic api = new FakeAnthropic();
  private Tolk tolk;

  @AfterEach
  void stop() throws IOException {
    api.close();
  }

  private Tolk tolk() {
    if (tolk == null) {
      tolk = new Tolk(project).against(api);
      api.batches().clock(tolk.time());
    }
    return tolk;
  }

  /** A project of {@code count} strings per file into the given languages; chunks of 5 items. */
  private void projectWith(int count, String targets, String extra) throws IOException {
    new BatchProject(project).with(count, targets, extra);
  }

  private JsonNode target(String language) throws IOException {
    return new BatchProject(project).target(language);
  }

  private List<JsonNode> journal() throws IOException {
    return new BatchProject(project).journal(runFolder());
  }

  private Path runFolder() throws IOException {
    return new BatchProject(project).runs().get(0);
  }

  @Test
  void a_batch_run_submits_journals_polls_and_maps_shuffled_results_back() throws IOException {
    projectWith(12, "fr, de", "");
    api.batches().endAfterPolls(3);
    Tolk.Result result = tolk().run("run", "--use-batch-api", "--poll-interval", "30s");
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals("fr:Text number 7 with {name}", target("fr").get("key7").asText());
    assertEquals("de:Text number 11 with {name}", target("de").get("key11").asText());
    assertEquals(1, api.batches().creates());
    assertEquals(0, api.userMessages().size(), "nothing went through the Messages API");
    assertTrue(result.out().contains("translated 24, up to date 0, failed 0 (batch"), result.out());
    assertTrue(
        result
            .out()
            .contains("in batches at the batch price; through the Messages API it would have cost"),
        result.out());
    assertTrue(
        tolk().time().sleeps().stream()
            .allMatch(d -> d.toMillis() > 24_000 && d.toMillis() <= 30_000),
        tolk().time().sleeps().toString());

    List<String> events = journal().stream().map(e -> e.get("event").asText()).toList();
    assertEquals(
        List.of("request", "run", "prepared", "submitting", "submitted", "collected", "finished"),
        events);
    String batchId = api.batches().ids().get(0);
    List<String> customIds = api.batches().customIds(batchId);
    assertEquals(6, customIds.size(), "24 units in chunks of 5 per language");
    assertTrue(customIds.stream().allMatch(id -> id.matches("[a-zA-Z0-9_-]{1,64}")));
    assertEquals(6, customIds.stream().distinct().count());
    Path run = runFolder();
    assertTrue(Files.exists(run.resolve("requests/batch-000.jsonl")));
    assertTrue(Files.exists(run.resolve("batches/" + batchId + ".json")));
    assertTrue(Files.exists(run.resolve("results/" + batchId + ".jsonl")));
    assertTrue(Files.exists(run.resolve("summary.json")));

    Tolk.Result again = tolk().run("run", "--use-batch-api");
    assertEquals(0, again.exitCode());
    assertEquals(1, api.batches().creates(), "a second run submits nothing");
  }

  @Test
  void the_mode_is_chosen_by_the_threshold_and_shown_in_a_dry_run() throws IOException {
    projectWith(12, "fr", "");
    Tolk.Result small = tolk().run("run", "--dry-run", "--batch-threshold", "20");
    assertTrue(
        small.out().contains("mode: sync (12 pending units <= batch threshold 20)"), small.out());
    Tolk.Result big = tolk().run("run", "--dry-run", "--batch-threshold", "5");
    assertTrue(big.out().contains("mode: batch (12 pending units > batch threshold 5)"), big.out());
    assertTrue(
        big.out()
            .matches(
                "(?s).*\\$[0-9.]+ through the Messages API, \\$[0-9.]+ through the Batch API.*"),
        big.out());
    assertEquals(0, api.requestCount());
    Tolk.Result run = tolk().run("run", "--batch-threshold", "5");
    assertEquals(0, run.exitCode(), run.toString());
    assertEquals(1, api.batches().creates());
  }

  @Test
  void a_batch_ending_with_all_four_result_types_keeps_successes_and_retries_only_what_may_succeed()
      throws IOException {
    projectWith(20, "fr", "");
    api.batches()
        .result("_c1", "errored_invalid")
        .result("_c2", "errored_overloaded")
        .result("_c3", "expired")
        .result("_c4", "canceled");
    Tolk.Result result = tolk().run("run", "--use-batch-api");
    assertEquals(1, result.exitCode(), result.toString());
    JsonNode fr = target("fr");
    assertFalse(fr.has("key0"), "an invalid request is reported, not resubmitted unchanged");
    assertTrue(
        result
            .err()
            .contains(
                "failed en.json /key0 [fr]: the API refused the request: max_tokens: too large"),
        result.err());
    for (int i = 5; i < 15; i++) {
      assertEquals("fr:Text number " + i + " with {name}", fr.get("key" + i).asText(), "key" + i);
    }
    assertFalse(fr.has("key15"), "a canceled request is reported, not sent again unasked");
    assertTrue(
        result.err().contains("failed en.json /key15 [fr]: its batch was canceled"), result.err());
    assertEquals(
        2,
        api.userMessages().size(),
        "the 10 retryable units (at most the threshold) are finished synchronously");
    assertEquals(1, api.batches().creates());
  }

  @Test
  void many_failed_requests_go_to_a_new_batch() throws IOException {
    projectWith(30, "fr", "batch:\n  threshold: 10\n");
    api.batches().result("_c2", "expired").result("_c3", "expired").result("_c4", "expired");
    Tolk.Result result = tolk().run("run", "--use-batch-api");
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals(2, api.batches().creates(), "15 expired units > threshold 10: a second batch");
    List<String> resubmitted = api.batches().customIds(api.batches().ids().get(1));
    assertTrue(resubmitted.stream().allMatch(id -> id.endsWith("_r1")), resubmitted.toString());
    assertEquals(30, target("fr").size());
  }

  @Test
  void a_canceled_batch_is_collected_and_its_requests_are_sent_again_only_when_asked()
      throws IOException {
    projectWith(6, "fr", "");
    assertEquals(75, tolk().run("run", "--use-batch-api", "--no-wait").exitCode());
    String id = api.batches().ids().get(0);
    Tolk.Result canceled = tolk().run("batch", "cancel", id);
    assertEquals(0, canceled.exitCode(), canceled.toString());
    assertEquals(
        "canceling", new ObjectMapper().readTree(canceled.out()).get("processing_status").asText());
    Tolk.Result resumed = tolk().run("resume");
    assertEquals(1, resumed.exitCode(), resumed.toString());
    assertTrue(resumed.err().contains("its batch was canceled (`tolk run` sends it again)"));
    assertFalse(Files.exists(project.resolve("fr.json")));
    assertEquals(0, api.userMessages().size(), "nothing canceled is sent again unasked");

    Tolk.Result run = tolk().run("run");
    assertEquals(0, run.exitCode(), run.toString());
    assertEquals(6, target("fr").size());
    assertEquals(1, api.batches().creates());
  }

  @Test
  void resume_retry_canceled_sends_the_canceled_requests_again() throws IOException {
    projectWith(6, "fr", "");
    assertEquals(75, tolk().run("run", "--use-batch-api", "--no-wait").exitCode());
    assertEquals(0, tolk().run("batch", "cancel", api.batches().ids().get(0)).exitCode());
    Tolk.Result resumed = tolk().run("resume", "--retry-canceled");
    assertEquals(0, resumed.exitCode(), resumed.toString());
    assertEquals(6, target("fr").size());
    assertEquals(2, api.userMessages().size(), "the canceled requests were finished synchronously");
    assertEquals(1, api.batches().creates());
  }

  @Test
  void results_that_are_gone_or_archived_are_sent_again() throws IOException {
    projectWith(6, "fr", "");
    api.batches().resultsGone();
    Tolk.Result gone = tolk().run("run", "--use-batch-api");
    assertEquals(0, gone.exitCode(), gone.toString());
    assertEquals(6, target("fr").size(), "404 on results: the requests are finished another way");

    Files.delete(project.resolve("fr.json"));
    int before = api.userMessages().size();
    api.batches().archived();
    Tolk.Result archived = tolk().run("run", "--use-batch-api");
    assertEquals(0, archived.exitCode(), archived.toString());
    assertEquals(6, target("fr").size());
    assertEquals(before + 2, api.userMessages().size());
    long downloads = api.requests().stream().filter(r -> r.getPath().endsWith("/results")).count();
    assertEquals(1, downloads, "archived results are not downloaded");
  }

  @Test
  void progress_is_shown_as_plain_lines_when_not_on_a_terminal() throws IOException {
    projectWith(6, "fr", "");
    api.batches().endAfterPolls(3);
    Tolk.Result result = tolk().run("run", "--use-batch-api");
    assertEquals(0, result.exitCode(), result.toString());
    assertTrue(result.err().contains("submitted batch msgbatch_"), result.err());
    assertTrue(
        result
            .err()
            .contains(
                "batches: 0/2 requests · 0m0s since submitted · 0/1 batches ended · expires 2026-11-22T10:00:00Z\n"),
        result.err());
    assertTrue( // two polls 60 s apart, less up to a fifth of jitter each
        java.util.regex.Pattern.compile(
                "batches: 2/2 requests · (1m(3[6-9]|[45]\\d)s|2m0s) since submitted · 1/1 batches ended")
            .matcher(result.err())
            .find(),
        result.err());
  }

  @Test
  void an_expired_batch_is_resubmitted() throws IOException {
    projectWith(6, "fr", "");
    api.batches().neverEnd();
    api.batches().then(create -> null);
    api.batches()
        .then(
            firstPoll -> {
              tolk().time().advance(java.time.Duration.ofHours(25));
              return null;
            });
    Tolk.Result result = tolk().run("run", "--use-batch-api", "--max-wait", "30h");
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals(6, target("fr").size());
    assertEquals(2, api.userMessages().size(), "the expired requests were finished synchronously");
    long polls =
        api.requests().stream()
            .filter(
                r ->
                    r.getMethod().equals("GET")
                        && r.getPath().matches("/v1/messages/batches/msgbatch_\\d+"))
            .count();
    assertEquals(1, polls);
  }

  @Test
  void a_cut_off_results_download_is_detected_and_downloaded_again() throws IOException {
    projectWith(30, "fr", "");
    api.batches().cutResultsOnce();
    Tolk.Result result = tolk().run("run", "--use-batch-api");
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals(30, target("fr").size());
    assertEquals(0, api.userMessages().size());
    long downloads = api.requests().stream().filter(r -> r.getPath().endsWith("/results")).count();
    assertEquals(2, downloads);
  }

  @Test
  void a_batch_past_the_wait_limit_exits_75_and_resumes_later() throws IOException {
    projectWith(6, "fr", "");
    api.batches().endAfterPolls(100);
    Tolk.Result waiting =
        tolk().run("run", "--use-batch-api", "--poll-interval", "10m", "--max-wait", "1h");
    assertEquals(75, waiting.exitCode(), waiting.toString());
    assertTrue(waiting.out().contains("collect the results with: tolk resume "), waiting.out());
    assertFalse(Files.exists(project.resolve("fr.json")));
    api.batches().endAfterPolls(1);
    Tolk.Result resumed = tolk().run("resume");
    assertEquals(0, resumed.exitCode(), resumed.toString());
    assertEquals(1, api.batches().creates(), "resume submits nothing");
    assertEquals(6, target("fr").size());
  }

  @Test
  void no_wait_submits_journals_and_exits_75_then_the_same_run_collects() throws IOException {
    projectWith(6, "fr", "");
    Tolk.Result submitted = tolk().run("run", "--use-batch-api", "--no-wait", "--json");
    assertEquals(75, submitted.exitCode(), submitted.toString());
    assertEquals(
        "BATCH_PENDING", new ObjectMapper().readTree(submitted.out()).get("status").asText());
    Tolk.Result collected = tolk().run("run");
    assertEquals(0, collected.exitCode(), collected.toString());
    assertEquals(1, api.batches().creates(), "re-running re-attaches instead of submitting again");
    assertEquals(6, target("fr").size());
  }

  @Test
  void retrieve_failures_are_retried_with_a_bound() throws IOException {
    projectWith(6, "fr", "");
    for (int i = 0; i < 3; i++) {
      api.batches()
          .then(
              request ->
                  request.getMethod().equals("GET")
                      ? FakeAnthropic.error(529, "overloaded_error", "Overloaded")
                      : null);
    }
    Tolk.Result tolerated = tolk().run("run", "--use-batch-api");
    assertEquals(0, tolerated.exitCode(), tolerated.toString());

    Files.delete(project.resolve("fr.json"));
    for (int i = 0; i < 200; i++) {
      api.batches()
          .then(
              request ->
                  request.getMethod().equals("GET")
                      ? FakeAnthropic.error(503, "api_error", "Unavailable")
                      : null);
    }
    Tolk.Result gaveUp = tolk().run("run", "--use-batch-api");
    assertEquals(4, gaveUp.exitCode(), gaveUp.toString());
    assertTrue(gaveUp.err().contains("resume with `tolk resume "), gaveUp.err());
    assertEquals(2, api.batches().creates());
  }

  @Test
  void a_401_while_polling_stops_with_exit_3_and_the_batch_is_kept() throws IOException {
    projectWith(6, "fr", "");
    api.batches().then(request -> null);
    api.batches()
        .then(request -> FakeAnthropic.error(401, "authentication_error", "invalid x-api-key"));
    Tolk.Result result = tolk().run("run", "--use-batch-api");
    assertEquals(3, result.exitCode(), result.toString());
    assertTrue(result.err().contains("the batches keep running"), result.err());
    Tolk.Result resumed = tolk().run("resume");
    assertEquals(0, resumed.exitCode(), resumed.toString());
    assertEquals(1, api.batches().creates());
  }

  @Test
  void a_create_whose_answer_is_lost_is_reconciled_not_posted_twice() throws IOException {
    projectWith(6, "fr", "");
    api.batches().dropCreateAnswer();
    Tolk.Result result = tolk().run("run", "--use-batch-api", "-v");
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals(1, api.batches().creates(), "exactly one batch exists");
    assertTrue(
        journal().stream().anyMatch(e -> e.path("adopted").asBoolean()),
        "adopted through the list endpoint");
    assertTrue(
        api.requests().stream()
            .anyMatch(r -> r.getPath().startsWith("/v1/messages/batches?limit=")));
    assertEquals(6, target("fr").size());
  }

  @Test
  void a_crash_between_intent_and_id_is_reconciled_on_resume() throws IOException {
    projectWith(6, "fr", "");
    Tolk.Result submitted = tolk().run("run", "--use-batch-api", "--no-wait");
    assertEquals(75, submitted.exitCode());
    Path journal = runFolder().resolve("journal.jsonl");
    List<String> lines = Files.readAllLines(journal);
    List<String> beforeId = lines.subList(0, lines.size() - 1);
    assertTrue(lines.get(lines.size() - 1).contains("\"submitted\""));
    Files.writeString(journal, String.join("\n", beforeId) + "\n{\"event\":\"submi");
    Tolk.Result resumed = tolk().run("resume");
    assertEquals(0, resumed.exitCode(), resumed.toString());
    assertEquals(1, api.batches().creates(), "the batch the crashed run created is adopted");
    assertEquals(6, target("fr").size());
  }

  @Test
  void requests_beyond_the_batch_limits_are_split_into_several_batches() throws IOException {
    projectWith(30, "fr", "batch:\n  max-requests: 2\n");
    Tolk.Result result = tolk().run("run", "--use-batch-api");
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals(3, api.batches().creates(), "6 requests, 2 per batch");
    assertEquals(30, target("fr").size());
  }

  @Test
  void a_second_run_on_the_same_project_fails_fast() throws IOException {
    projectWith(6, "fr", "");
    try (ProjectLock held = ProjectLock.acquire(project.resolve(".tolk"))) {
      Tolk.Result second = tolk().run("run", "--use-batch-api");
      assertEquals(2, second.exitCode(), second.toString());
      assertTrue(
          second.err().contains("another tolk run is working in this project"), second.err());
    }
    assertEquals(0, api.batches().creates());
    assertEquals(0, tolk().run("run", "--use-batch-api").exitCode());
  }

  @Test
  void a_truncated_batch_answer_is_split_through_the_messages_api() throws IOException {
    projectWith(5, "fr", "");
    api.truncateAbove(3);
    Tolk.Result result = tolk().run("run", "--use-batch-api");
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals(
        List.of(2, 3), api.userMessages().stream().map(m -> m.get("items").size()).toList());
    assertEquals(5, target("fr").size());
  }

  @Test
  void the_batch_commands_expose_the_api() throws IOException {
    Path requests = project.resolve("requests.jsonl");
    Files.writeString(
        requests,
        "{\"custom_id\":\"a-1\",\"params\":{\"model\":\"claude-sonnet-5\",\"max_tokens\":100,\"messages\":[{\"role\":\"user\",\"content\":\"{\\\"target_language\\\":\\\"fr\\\",\\\"items\\\":{\\\"1\\\":\\\"Hi\\\"}}\"}]}}\n");
    Tolk.Result submitted = tolk().run("batch", "submit", "requests.jsonl");
    assertEquals(0, submitted.exitCode(), submitted.toString());
    String id = new ObjectMapper().readTree(submitted.out()).get("id").asText();
    Tolk.Result listed = tolk().run("batch", "list");
    assertTrue(listed.out().startsWith(id + "  in_progress"), listed.out());
    Tolk.Result status = tolk().run("batch", "status", id);
    assertEquals(
        "ended", new ObjectMapper().readTree(status.out()).get("processing_status").asText());
    Tolk.Result results = tolk().run("batch", "results", id, "-o", "out.jsonl");
    assertEquals(0, results.exitCode(), results.toString());
    assertTrue(Files.readString(project.resolve("out.jsonl")).contains("\"custom_id\":\"a-1\""));
    Tolk.Result cancel = tolk().run("batch", "cancel", id);
    assertEquals(2, cancel.exitCode(), "an ended batch cannot be canceled: " + cancel);
    assertTrue(cancel.err().contains("Batch has already ended"), cancel.err());
    Files.writeString(requests, "{\"custom_id\":\"has space\",\"params\":{}}\n");
    Tolk.Result bad = tolk().run("batch", "submit", "requests.jsonl");
    assertEquals(2, bad.exitCode());
    assertTrue(
        bad.err().contains("requests.jsonl:1: custom_id 'has space' must be 1 to 64 letters"),
        bad.err());
  }
}
