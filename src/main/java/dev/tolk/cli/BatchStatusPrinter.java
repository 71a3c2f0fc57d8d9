package dev.tolk.cli;

import dev.tolk.anthropic.dto.MessageBatch;
import dev.tolk.batch.BatchProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/**
 * Shows batches as they are polled: a line redrawn in place on a terminal, a plain line per poll
 * otherwise (CI logs); remembers the run for the interrupt message.
 */
final class BatchStatusPrinter implements BatchProgress {
  private final PrintWriter err;
  private final boolean terminal;
  private final boolean quiet;
  private volatile String runId;

  BatchStatusPrinter(PrintWriter err, boolean terminal, boolean quiet) {
    this.err = err;
    this.terminal = terminal;
    this.quiet = quiet;
  }

  String howToContinue() {
    return runId == null
        ? "nothing was half-written; run again to continue"
        : "the batches keep running; collect them with `tolk resume " + runId + "`";
  }

  @Override
  public void run(String id) {
    runId = id;
  }

  @Override
  public void submitted(String batchId, int requests) {
    if (!quiet) {
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
    String line =
        String.format(
            "batches: %d of %d ended · %,d of %,d requests done · %s elapsed · expires %s",
            ended, batches.size(), total - processing, total, format(elapsed), expires);
    if (terminal) {
      int filled = total == 0 ? 0 : (int) (30 * (total - processing) / total);
      err.print("\r[" + "#".repeat(filled) + " ".repeat(30 - filled) + "] " + line + "   ");
    } else {
      err.println(line);
    }
    err.flush();
  }

  private static String format(Duration elapsed) {
    long minutes = elapsed.toMinutes();
    return minutes >= 60
        ? minutes / 60 + "h" + minutes % 60 + "m"
        : minutes + "m" + elapsed.toSecondsPart() + "s";
  }
}
