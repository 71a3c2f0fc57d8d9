package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tolk.support.BatchProject;
import dev.tolk.support.FakeAnthropic;
import dev.tolk.support.Tolk;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch path's edges, against the stateful Batches fake: every submitted unit ends written,
 * reported or sent again; no stranger's batch is ever taken; no run wedges.
 */
class BatchReliabilityTest {
  @TempDir Path root;
  private final FakeAnthropic api = new FakeAnthropic();
  private BatchProject project;
  private Tolk tolk;

  @AfterEach
  void stop() throws IOException {
    api.close();
  }

  private Tolk tolk() {
    if (tolk == null) {
      tolk = new Tolk(root).against(api);
      api.batches().clock(tolk.time());
      project = new BatchProject(root);
    }
    return tolk;
  }

  private BatchProject project(int count) throws IOException {
    tolk();
    return project.with(count, "fr", "");
  }

  private static void ok(Tolk.Result result) {
    assertEquals(0, result.exitCode(), result.toString());
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  // --- never a stranger's batch

  @Test
  void aDefiniteOverloadedAnswerIsRetriedWithoutTakingAnEarlierBatchOfTheSameSize()
      throws IOException {
    project(10);
    String stranger = api.batches().foreignBatch(2, Duration.ofSeconds(75));
    api.batches().then(create -> FakeAnthropic.error(529, "overloaded_error", "Overloaded"));
    Tolk.Result run = tolk().run("run", "--use-batch-api");
    ok(run);
    assertEquals(10, project.target("fr").size());
    Path folder = project.runs().get(0);
    assertFalse(
        project.journal(folder).stream().anyMatch(e -> e.path("adopted").asBoolean()),
        "a definite answer made nothing: nothing to look for");
    assertTrue(project.events(folder).contains("create_failed"));
    assertFalse(
        project.journal(folder).stream().anyMatch(e -> stranger.equals(e.path("batch").asText())));
    assertEquals(2, api.batches().size(), "the stranger and this run's own");
  }

  @Test
  void aLostAnswerNeverAdoptsABatchCreatedBeforeTheIntentEvenWithTheServerClockAhead()
      throws IOException {
    project(10);
    // the server's clock runs 3 minutes ahead of ours; its date header says so
    api.batches().clock(Clock.offset(tolk().time(), Duration.ofMinutes(3)));
    String stranger = api.batches().foreignBatch(2, Duration.ofSeconds(75));
    api.batches()
        .then(create -> new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    Tolk.Result run = tolk().run("run", "--use-batch-api");
    ok(run);
    assertEquals(10, project.target("fr").size());
    Path folder = project.runs().get(0);
    assertFalse(
        project.journal(folder).stream().anyMatch(e -> stranger.equals(e.path("batch").asText())),
        "created 75 s before the intent: never ours");
    assertTrue(
        api.requests().stream()
            .anyMatch(r -> r.getMethod().equals("GET") && r.getPath().contains("limit=")),
        "the lost answer was reconciled through the list");
  }

  @Test
  void aLostAnswerAdoptsTheBatchItMadeWhateverTheClockSkew() throws IOException {
    project(10);
    api.batches().clock(Clock.offset(tolk().time(), Duration.ofMinutes(-7)));
    api.batches().dropCreateAnswer();
    ok(tolk().run("run", "--use-batch-api"));
    assertEquals(1, api.batches().creates());
    assertTrue(
        project.journal(project.runs().get(0)).stream()
            .anyMatch(e -> e.path("adopted").asBoolean()));
    assertEquals(10, project.target("fr").size());
  }

  @Test
  void twoMatchingBatchesStopTheRunAndCancelingTheStrangerSettlesIt() throws IOException {
    project(10);
    String[] stranger = new String[1];
    api.batches()
        .then(
            create -> {
              stranger[0] = api.batches().foreignBatch(2, Duration.ZERO); // made meanwhile
              return null; // then ours is created, and its answer lost:
            });
    api.batches().dropCreateAnswer();
    Tolk.Result stopped = tolk().run("run", "--use-batch-api");
    assertEquals(ExitCodes.API_UNAVAILABLE, stopped.exitCode(), stopped.toString());
    assertTrue(stopped.err().contains("several new batches match"), stopped.err());
    assertTrue(stopped.err().contains(stranger[0]), stopped.err());
    Path folder = project.runs().get(0);
    JsonNode ambiguous =
        project.journal(folder).stream()
            .filter(e -> e.get("event").asText().equals("ambiguous"))
            .findFirst()
            .orElseThrow();
    assertEquals(2, ambiguous.get("candidates").size(), "both ids journaled");

    ok(tolk().run("batch", "cancel", stranger[0]));
    Tolk.Result resumed = tolk().run("resume");
    ok(resumed);
    assertEquals(10, project.target("fr").size());
    assertEquals(1, api.batches().creates(), "nothing paid twice");
  }

  @Test
  void anAdoptedBatchWhoseResultsAreAnotherRunsIsDisownedAndTheWorkSentOnce() throws IOException {
    project(10);
    String[] stranger = new String[1];
    api.batches()
        .then(
            create -> {
              // a stranger of the same size is made while ours is lost without being created
              stranger[0] = api.batches().foreignBatch(2, Duration.ZERO);
              return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
            });
    Tolk.Result run = tolk().run("run", "--use-batch-api");
    ok(run);
    assertEquals(10, project.target("fr").size());
    Path folder = project.runs().get(0);
    List<String> events = project.events(folder);
    assertTrue(events.contains("disowned"), events.toString());
    assertEquals(1, api.batches().creates(), "submitted again once, after the disowning");
    assertTrue(
        project.journal(folder).stream()
            .anyMatch(e -> e.path("why").asText().contains("requests of another run")));
    assertFalse(
        api.requests().stream().anyMatch(r -> r.getPath().endsWith(stranger[0] + "/cancel")),
        "the stranger is left alone");
  }

  // --- never wedged

  @Test
  void aRunRefusedBeforeAnyBatchWasMadeIsClosedAndTheNextRunStartsCleanly() throws IOException {
    project(10);
    Tolk.Result unreachable =
        tolk()
            .env("ANTHROPIC_BASE_URL", "http://127.0.0.1:" + closedPort())
            .run("run", "--use-batch-api");
    assertEquals(ExitCodes.API_UNAVAILABLE, unreachable.exitCode(), unreachable.toString());
    assertTrue(unreachable.err().contains("nothing is left to resume"), unreachable.err());
    tolk().env("ANTHROPIC_BASE_URL", api.baseUrl());

    Tolk.Result refused =
        tolk().env("ANTHROPIC_API_KEY", "sk-ant-refused").run("run", "--use-batch-api");
    assertEquals(ExitCodes.CONFIGURATION, refused.exitCode(), refused.toString());
    tolk().env("ANTHROPIC_API_KEY", FakeAnthropic.KEY);

    Tolk.Result resume = tolk().run("resume");
    ok(resume);
    assertTrue(resume.err().contains("nothing to resume"), resume.err());
    ok(tolk().run("run", "--use-batch-api"));
    assertEquals(10, project.target("fr").size());
    Tolk.Result runs = tolk().run("runs");
    ok(runs);
    assertEquals(
        2, runs.out().lines().filter(line -> line.contains(" closed ")).count(), runs.out());
    assertEquals(
        1, runs.out().lines().filter(line -> line.contains(" finished ")).count(), runs.out());
  }

  @Test
  void runsListsRunsAndAbandonCancelsAndStopsTrackingOne() throws IOException {
    project(10);
    api.batches().neverEnd();
    assertEquals(
        ExitCodes.BATCH_PENDING, tolk().run("run", "--use-batch-api", "--no-wait").exitCode());
    String run = project.runs().get(0).getFileName().toString();
    String batch = api.batches().ids().get(0);
    Tolk.Result listed = tolk().run("runs");
    ok(listed);
    assertTrue(listed.out().startsWith(run + "  waiting"), "[" + listed.out() + "]");
    assertTrue(listed.out().contains("2 requests"), listed.out());
    assertTrue(listed.out().contains(batch + " (in_progress)"), listed.out());
    Tolk.Result json = tolk().run("runs", "--json");
    assertTrue(json.out().contains("\"state\" : \"WAITING\""), json.toString());

    Tolk.Result abandoned = tolk().run("runs", "abandon", run, "--cancel");
    ok(abandoned);
    assertTrue(abandoned.out().contains("canceled " + batch), abandoned.out());
    assertTrue(api.requests().stream().anyMatch(r -> r.getPath().endsWith(batch + "/cancel")));
    assertTrue(tolk().run("runs").out().contains("closed"));
    Tolk.Result resume = tolk().run("resume");
    ok(resume);
    assertTrue(resume.err().contains("nothing to resume"));
    knownUsage(tolk().run("runs", "abandon", "no-such-run"), "no run no-such-run");
  }

  @Test
  void resultsAnswered410AreSentAgainLike404AndArchived() throws IOException {
    project(10);
    api.batches().resultsStatus(410);
    Tolk.Result run = tolk().run("run", "--use-batch-api");
    ok(run);
    assertEquals(10, project.target("fr").size());
    assertTrue(project.events(project.runs().get(0)).contains("results_gone"));
  }

  @Test
  void aBatchTheApiNoLongerKnowsStopsAtOnceAndSaysWhatItMeans() throws IOException {
    project(10);
    api.batches().neverEnd();
    assertEquals(
        ExitCodes.BATCH_PENDING, tolk().run("run", "--use-batch-api", "--no-wait").exitCode());
    String batch = api.batches().ids().get(0);
    api.batches().delete(batch);
    long before = api.requests().size();
    Tolk.Result resumed = tolk().run("resume");
    assertEquals(ExitCodes.CONFIGURATION, resumed.exitCode(), resumed.toString());
    assertTrue(resumed.err().contains("is not found with this API key"), resumed.err());
    assertTrue(resumed.err().contains("another workspace"), resumed.err());
    assertEquals(1, api.requests().size() - before, "one retrieve, not ten");
  }

  @Test
  void requestCountsThatDoNotAddUpAreAWarningWhenTheResultsFileIsComplete() throws IOException {
    project(10);
    api.batches().misreportCounts();
    Tolk.Result run = tolk().run("run", "--use-batch-api", "-v");
    ok(run);
    assertEquals(10, project.target("fr").size());
    long downloads = api.requests().stream().filter(r -> r.getPath().endsWith("/results")).count();
    assertEquals(1, downloads);
  }

  @Test
  void aDamagedJournalSaysWhatToDoAndAbandoningItUnblocksTheProject() throws IOException {
    project(10);
    api.batches().neverEnd();
    assertEquals(
        ExitCodes.BATCH_PENDING, tolk().run("run", "--use-batch-api", "--no-wait").exitCode());
    Path journal = project.runs().get(0).resolve("journal.jsonl");
    List<String> lines = Files.readAllLines(journal);
    lines.add(2, "garbage in the middle");
    Files.write(journal, lines);
    Tolk.Result run = tolk().run("run");
    assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
    assertTrue(run.err().contains("journal.jsonl:3: damaged journal line"), run.err());
    assertTrue(run.err().contains("tolk runs abandon"), run.err());
    assertFalse(run.err().contains("internal error"));
    String id = project.runs().get(0).getFileName().toString();
    assertTrue(tolk().run("runs").out().contains(id + "  damaged"));
    ok(tolk().run("runs", "abandon", id));
    ok(tolk().run("run"));
    assertEquals(10, project.target("fr").size());
  }

  // --- never a silent loss, never a stale value

  @Test
  void aResultsFileMissingALineSendsThatRequestAgain() throws IOException {
    project(10);
    api.batches().dropResultLine();
    Tolk.Result run = tolk().run("run", "--use-batch-api");
    ok(run);
    assertEquals(10, project.target("fr").size(), "every unit written");
    assertEquals(1, api.userMessages().size(), "the request without a result, sent again");
    assertTrue(run.out().contains("translated 10, up to date 0, failed 0"), run.out());
  }

  @Test
  void anAnswerForSourceTextThatChangedIsNeverWrittenForTheNewText() throws IOException {
    project(10);
    api.batches().neverEnd();
    assertEquals(
        ExitCodes.BATCH_PENDING, tolk().run("run", "--use-batch-api", "--no-wait").exitCode());
    String source = Files.readString(root.resolve("en.json"));
    Files.writeString(
        root.resolve("en.json"), source.replace("Text number 3 with", "Changed text 3 with"));
    api.batches().endAfterPolls(1);
    Tolk.Result resumed = tolk().run("resume");
    ok(resumed);
    assertFalse(project.target("fr").has("key3"), "the old text's answer is not written");
    assertTrue(resumed.out().contains("1 answer was for source text that changed"), resumed.out());
    assertEquals(9, project.target("fr").size());

    Tolk.Result run = tolk().run("run");
    ok(run);
    assertEquals("fr:Changed text 3 with {name}", project.target("fr").get("key3").asText());
  }

  @Test
  void aFileTheApiFindsTooLargeIsHalvedUntilItFits() throws IOException {
    project(40); // 8 requests in one file
    api.batches().tooLargeAbove(3);
    Tolk.Result run = tolk().run("run", "--use-batch-api");
    ok(run);
    assertEquals(40, project.target("fr").size());
    assertEquals(4, api.batches().creates(), "8 → 4 + 4 → 2 + 2 + 2 + 2");
    List<String> events = project.events(project.runs().get(0));
    assertEquals(3, events.stream().filter("split"::equals).count(), events.toString());
  }

  @Test
  void aSingleRequestTooLargeIsReportedNotLoopedOn() throws IOException {
    project(5);
    api.batches().tooLargeAbove(0);
    Tolk.Result run = tolk().run("run", "--use-batch-api");
    assertEquals(ExitCodes.SOME_FAILED, run.exitCode(), run.toString());
    assertTrue(run.err().contains("the batch was refused"), run.err());
    assertEquals(0, api.batches().creates());
  }

  @Test
  void translationsATargetCouldNotTakeAreWrittenByTheNextRunWithoutTheApi() throws IOException {
    tolk();
    project.with(6, "fr", "");
    Files.writeString(
        root.resolve("tolk.yaml"),
        "targets: [fr]\nfiles:\n  - source: en.json\n    output: out/{lang}.json\n");
    Files.writeString(root.resolve("out"), "a file where the folder must be");
    Tolk.Result blocked = tolk().run("run");
    assertEquals(ExitCodes.SOME_FAILED, blocked.exitCode(), blocked.toString());
    assertTrue(blocked.err().contains("not written"), blocked.err());
    assertTrue(Files.exists(root.resolve(".tolk/staged.jsonl")));
    int requests = api.userMessages().size();

    Files.delete(root.resolve("out"));
    Tolk.Result offline =
        tolk().env("ANTHROPIC_BASE_URL", "http://127.0.0.1:" + closedPort()).run("run");
    ok(offline);
    assertEquals(
        6,
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(root.resolve("out/fr.json").toFile())
            .size());
    assertEquals(requests, api.userMessages().size(), "no request");
    assertFalse(Files.exists(root.resolve(".tolk/staged.jsonl")), "written, so no longer staged");
    ok(tolk().run("check"));
  }

  @Test
  void aRunThatFirstCollectsAPendingRunReportsWhatThatCollectionWrote() throws IOException {
    project(10);
    api.batches().neverEnd();
    assertEquals(
        ExitCodes.BATCH_PENDING, tolk().run("run", "--use-batch-api", "--no-wait").exitCode());
    api.batches().endAfterPolls(1);
    Tolk.Result run = tolk().run("run");
    ok(run);
    assertTrue(run.out().contains("translated 10, up to date 0, failed 0"), run.out());
    assertTrue(run.out().contains("wrote fr.json"), run.out());
    assertTrue(run.out().contains("batch run "), run.out());
  }

  private static void knownUsage(Tolk.Result result, String says) {
    assertEquals(ExitCodes.USAGE, result.exitCode(), result.toString());
    assertTrue(result.err().contains(says), result.toString());
  }
}
