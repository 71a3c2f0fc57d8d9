package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.support.FakeAnthropic;
import dev.tolk.support.Tolk;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tolk batch ...}: every way the API can say no gets its documented exit code. */
class BatchCommandTest {
  private static final String MISSING = "msgbatch_000000000000000000000999";

  @TempDir Path folder;
  private final FakeAnthropic api = new FakeAnthropic();

  @AfterEach
  void stop() throws IOException {
    api.close();
  }

  private Tolk tolk() {
    return new Tolk(folder).against(api);
  }

  private String submitOne() throws IOException {
    Files.writeString(
        folder.resolve("one.jsonl"),
        "{\"custom_id\": \"a1\", \"params\": {\"model\": \"claude-sonnet-4-5\", \"max_tokens\": 64,"
            + " \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}}\n");
    Tolk.Result submitted = tolk().run("batch", "submit", "one.jsonl");
    assertEquals(0, submitted.exitCode(), submitted.toString());
    return api.batches().ids().get(0);
  }

  private static void knownFailure(Tolk.Result result, int code, String says) {
    assertEquals(code, result.exitCode(), result.toString());
    assertTrue(result.err().contains(says), result.toString());
    assertFalse(result.err().contains("internal error"), result.toString());
  }

  @Test
  void aMissingBatchIsAUsageErrorThatSaysWhatItMeans() {
    for (String command : new String[] {"status", "results", "cancel", "delete"}) {
      knownFailure(
          tolk().run("batch", command, MISSING),
          ExitCodes.USAGE,
          "no batch " + MISSING + " for this API key: it was deleted, or it belongs to another");
    }
  }

  @Test
  void aRefusedKeyIsAConfigurationError() {
    Tolk.Result result = tolk().env("ANTHROPIC_API_KEY", "sk-ant-wrong").run("batch", "list");
    knownFailure(result, ExitCodes.CONFIGURATION, "the API refused the key");
    assertFalse(result.err().contains("sk-ant-wrong"), result.toString());
  }

  @Test
  void anOutOfRangeLimitIsRefusedBeforeAnyRequest() {
    knownFailure(tolk().run("batch", "list", "--limit", "0"), ExitCodes.USAGE, "--limit must be");
    knownFailure(
        tolk().run("batch", "list", "--limit", "1001"), ExitCodes.USAGE, "--limit must be");
    assertEquals(0, api.requestCount());
  }

  @Test
  void whatTheApiRefusesForABatchsStateIsAUsageError() throws IOException {
    api.batches().neverEnd();
    String id = submitOne();
    knownFailure(tolk().run("batch", "delete", id), ExitCodes.USAGE, "Batch is still in progress");
    knownFailure(tolk().run("batch", "results", id), ExitCodes.USAGE, "once it has ended");
    assertEquals(0, tolk().run("batch", "cancel", id).exitCode());
    assertTrue(tolk().run("batch", "status", id).out().contains("\"ended\""));
    knownFailure(tolk().run("batch", "cancel", id), ExitCodes.USAGE, "Batch has already ended");
    assertEquals(0, tolk().run("batch", "results", id).exitCode());
    assertTrue(Files.readString(folder.resolve(id + ".jsonl")).contains("\"canceled\""));
    assertEquals(0, tolk().run("batch", "delete", id).exitCode());
  }

  @Test
  void anUnreachableApiIsExitFour() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    Tolk.Result result =
        tolk().env("ANTHROPIC_BASE_URL", "http://127.0.0.1:" + closedPort).run("batch", "list");
    knownFailure(result, ExitCodes.API_UNAVAILABLE, "the API is unreachable");
  }

  @Test
  void anOverloadedApiIsExitFourAfterItsRetries() {
    for (int i = 0; i < 10; i++) {
      api.batches().then(request -> FakeAnthropic.error(529, "overloaded_error", "Overloaded"));
    }
    knownFailure(
        tolk().run("batch", "status", MISSING), ExitCodes.API_UNAVAILABLE, "overloaded_error");
  }

  @Test
  void aBadRequestFileNamesItsLine() throws IOException {
    Files.writeString(folder.resolve("bad.jsonl"), "{\"custom_id\": \"a b\", \"params\": {}}\n");
    knownFailure(tolk().run("batch", "submit", "bad.jsonl"), ExitCodes.USAGE, "bad.jsonl:1:");
    knownFailure(tolk().run("batch", "submit", "none.jsonl"), ExitCodes.USAGE, "none.jsonl");
    assertEquals(0, api.requestCount());
  }
}
