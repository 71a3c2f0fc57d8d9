package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.support.FakeAnthropic;
import dev.tolk.support.Tolk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real entry point in a child JVM, stopped by signals while it waits for a batch. */
class InterruptAndResumeTest {
  @TempDir Path project;
  private final FakeAnthropic api = new FakeAnthropic();

  @AfterEach
  void stop() throws IOException {
    api.close();
  }

  private void projectWith(int count) throws IOException {
    StringBuilder json = new StringBuilder("{\n");
    for (int i = 0; i < count; i++) {
      json.append("  \"k")
          .append(i)
          .append("\": \"Text ")
          .append(i)
          .append("\"")
          .append(i + 1 < count ? ",\n" : "\n");
    }
    Files.writeString(project.resolve("en.json"), json.append("}\n"));
    Files.writeString(project.resolve("tolk.yaml"), "targets: [fr]\nfiles:\n  - source: en.json\n");
  }

  /**
   * A child started from a background job inherits SIGINT ignored, and a JVM keeps an ignored
   * SIGINT ignored; GNU env puts it back to its default first, as an interactive terminal has it.
   */
  private static boolean envResetsSignals() {
    try {
      return new ProcessBuilder("env", "--default-signal=INT", "true").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private Process start(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    if (envResetsSignals()) {
      command.addAll(List.of("env", "--default-signal=INT"));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.tolk.App");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
    builder.environment().put("ANTHROPIC_BASE_URL", api.baseUrl());
    builder.environment().put("ANTHROPIC_API_KEY", FakeAnthropic.KEY);
    builder.redirectError(project.resolve("stderr.txt").toFile());
    builder.redirectOutput(project.resolve("stdout.txt").toFile());
    return builder.start();
  }

  /** Waits until the child has journaled a submitted batch and polled it at least once. */
  private void awaitPolling() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      boolean polled =
          api.requests().stream()
              .anyMatch(
                  r ->
                      r.getMethod().equals("GET")
                          && r.getPath().matches("/v1/messages/batches/msgbatch_\\d+"));
      if (polled && journalHas("submitted")) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError(
        "the child never started polling: " + Files.readString(project.resolve("stderr.txt")));
  }

  private boolean journalHas(String event) throws IOException {
    Path runs = project.resolve(".tolk/runs");
    if (!Files.isDirectory(runs)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(runs)) {
      for (Path journal :
          files.filter(p -> p.getFileName().toString().equals("journal.jsonl")).toList()) {
        if (Files.readString(journal).contains("\"event\":\"" + event + "\"")) {
          return true;
        }
      }
    }
    return false;
  }

  private static void signal(Process process, String signal) throws Exception {
    new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
        .start()
        .waitFor(5, TimeUnit.SECONDS);
  }

  private void resumeCollectsWithoutResubmitting() throws IOException {
    api.batches().endAfterPolls(1);
    Tolk.Result resumed = new Tolk(project).against(api).run("run", "--max-wait", "1h");
    assertEquals(0, resumed.exitCode(), resumed.toString());
    assertEquals(1, api.batches().creates(), "nothing was submitted twice");
    assertTrue(Files.readString(project.resolve("fr.json")).contains("\"k9\": \"fr:Text 9\""));
  }

  @Test
  void sigterm_while_polling_exits_130_leaves_the_batch_running_and_resume_collects_it()
      throws Exception {
    projectWith(10);
    api.batches().neverEnd();
    Process child = start("run", "--use-batch-api", "--poll-interval", "1s");
    awaitPolling();
    long signalled = System.nanoTime();
    signal(child, "TERM");
    assertTrue(child.waitFor(10, TimeUnit.SECONDS), "exits within a few seconds");
    assertEquals(130, child.exitValue());
    assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - signalled) < 5);
    String err = Files.readString(project.resolve("stderr.txt"));
    assertTrue(
        err.matches(
            "(?s).*interrupted; the batches keep running; collect them with `tolk resume \\d{8}-\\d{6}-[0-9a-f]+`.*"),
        err);
    assertTrue(
        api.requests().stream().noneMatch(r -> r.getPath().endsWith("/cancel")),
        "the batch is not canceled");
    resumeCollectsWithoutResubmitting();
  }

  @Test
  void ctrl_c_while_polling_exits_130() throws Exception {
    projectWith(10);
    api.batches().neverEnd();
    Process child = start("run", "--use-batch-api", "--poll-interval", "1s");
    awaitPolling();
    signal(child, "INT");
    boolean exited = child.waitFor(10, TimeUnit.SECONDS);
    if (!exited) {
      String ignored = sigIgn(child);
      child.destroyForcibly().waitFor();
      throw new AssertionError(
          "no exit within 10 s of SIGINT (the child's ignored signals: " + ignored + ")");
    }
    assertEquals(130, child.exitValue());
    resumeCollectsWithoutResubmitting();
  }

  private static String sigIgn(Process process) {
    try {
      return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
          .filter(line -> line.startsWith("SigIgn"))
          .findFirst()
          .orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  @Test
  void kill_9_at_any_moment_loses_nothing() throws Exception {
    projectWith(10);
    api.batches().neverEnd();
    Process child = start("run", "--use-batch-api", "--poll-interval", "1s");
    awaitPolling();
    child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    assertEquals(137, child.exitValue());
    resumeCollectsWithoutResubmitting();
  }
}
