package dev.tolk.batch;

import dev.tolk.anthropic.BatchesClient;
import dev.tolk.anthropic.dto.BatchPage;
import dev.tolk.anthropic.dto.MessageBatch;
import dev.tolk.core.RunAbortedException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the batch that a create with an unknown outcome made, through the list endpoint (newest
 * first), since the API has no idempotency key: created since the attempt (with some clock skew),
 * with exactly the file's number of requests, not already one of the run's.
 */
final class Reconciler {
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
  private static final int PAGES = 5;

  private final BatchesClient client;
  private final String runId;

  Reconciler(BatchesClient client, String runId) {
    this.client = client;
    this.runId = runId;
  }

  /**
   * The batch the attempt created, or null when none matches.
   *
   * @throws RunAbortedException when several match: which one is ours cannot be told
   */
  MessageBatch find(FileState file, Instant attempt, Set<String> ours) throws InterruptedException {
    List<MessageBatch> matches = new ArrayList<>();
    String after = null;
    for (int page = 0; page < PAGES; page++) {
      BatchPage batches = client.list(100, after, null);
      boolean older = false;
      for (MessageBatch batch : batches.data()) {
        Instant created = Instant.parse(batch.createdAt());
        if (created.isBefore(attempt.minus(CLOCK_SKEW))) {
          older = true;
          continue;
        }
        if (batch.total() == file.requests() && !ours.contains(batch.id())) {
          matches.add(batch);
        }
      }
      if (older || !batches.hasMore()) {
        break;
      }
      after = batches.lastId();
    }
    if (matches.size() > 1) {
      throw new RunAbortedException(
          "several new batches match "
              + file.file()
              + " ("
              + String.join(", ", matches.stream().map(MessageBatch::id).toList())
              + "); cancel the extra ones with `tolk batch cancel ID`, then `tolk resume "
              + runId
              + "`",
          RunAbortedException.Cause.UNAVAILABLE,
          null);
    }
    return matches.isEmpty() ? null : matches.get(0);
  }
}
