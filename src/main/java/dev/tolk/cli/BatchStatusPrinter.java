package dev.tolk.cli;

import dev.tolk.anthropic.dto.MessageBatch;
import dev.tolk.batch.BatchProgress;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Shows batches as they are polled: a line redrawn in place on a terminal (fitted to its width), a
 * plain line per poll otherwise (CI logs), with the time since the first batch was submitted (so a
 * resumed run counts from the submission, not from the resume); remembers the run for the interrupt
 * message.
 */
final class BatchStatusPrinter implements BatchProgress {
  private final PrintWriter err;
  private final boolean terminal;
  private final boolean quiet;
  private final StatusLine line;
  private final Clock clock;
  private volatile String runId;

  BatchStatusPrinter(
      PrintWriter err, boolean terminal, boolean quiet, StatusLine line, Clock clock) {
    this.err = err;
    this.terminal = terminal;
    this.quiet = quiet;
    this.line = line;
    this.clock = clock;
  }

  /** Before the summary: the redrawn line goes. */
  void clear() {
    line.clear();
  }

  String howToContinue() {
    return runId == null
        ? "nothing was half-written; run again to continue"
        : "the batches keep running; collect them with `tolk resume " + runId + "`";
  }

  /** In a terminal, someone waits: say what the Batch API means for them, and how to choose. */
  @Override
  public void chose(String reason) {
    if (terminal && !quiet) {
      err.println("tolk: using the Message Batches API (" + reason + ").");
      err.println("      Half the price; results usually within an hour, at most 24 h.");
      err.println("      --sync answers in seconds at full price; --no-wait submits and returns;");
      err.println("      Ctrl-C leaves the batches running (`tolk resume` collects them).");
      err.flush();
    }
  }

  @Override
  public void run(String id) {
    runId = id;
  }

  @Override
  public void submitted(String batchId, int requests) {
    if (!quiet) {
      line.clear();
      err.printf("submitted batch %s (%,d requests)%n", batchId, requests);
      err.flush();
    }
  }

  @Override
  public void polled(List<MessageBatch> batches, Duration elapsed) {
    if (quiet || batches.isEmpty()) {
      return;
    }
    long total = batches.stream().mapToLong(MessageBatch::total).sum();
    long processing =
        batches.stream()
            .mapToLong(b -> b.requestCounts() == null ? 0 : b.requestCounts().processing())
            .sum();
    long ended = batches.stream().filter(b -> b.status() == MessageBatch.Status.ENDED).count();
    String expires =
        batches.stream()
            .map(MessageBatch::expiresAt)
            .filter(e -> e != null)
            .min(String::compareTo)
            .orElse("?");
    Duration sinceSubmitted = sinceSubmitted(batches, elapsed);
    String text =
        String.format(
            "%,d/%,d requests · %s since submitted · %d/%d batches ended · expires %s",
            total - processing, total, format(sinceSubmitted), ended, batches.size(), expires);
    if (terminal) {
      int filled = total == 0 ? 0 : (int) (20 * (total - processing) / total);
      line.show("[" + "#".repeat(filled) + " ".repeat(20 - filled) + "] " + text);
    } else {
      err.println("batches: " + text);
      err.flush();
    }
  }

  /** From the earliest batch's creation; the poller's own elapsed time when none says. */
  private Duration sinceSubmitted(List<MessageBatch> batches, Duration elapsed) {
    return batches.stream()
        .map(MessageBatch::createdAt)
        .filter(created -> created != null)
        .map(
            created -> {
              try {
                return Instant.parse(created);
              } catch (DateTimeParseException e) {
                return null;
              }
            })
        .filter(created -> created != null)
        .min(Instant::compareTo)
        .map(created -> Duration.between(created, clock.instant()))
        .filter(duration -> !duration.isNegative())
        .orElse(elapsed);
  }

  private static String format(Duration elapsed) {
    long minutes = elapsed.toMinutes();
    return minutes >= 60
        ? minutes / 60 + "h" + minutes % 60 + "m"
        : minutes + "m" + elapsed.toSecondsPart() + "s";
  }
}
