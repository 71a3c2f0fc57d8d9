package dev.tolk.batch;

import dev.tolk.anthropic.BatchesClient;
import dev.tolk.anthropic.dto.BatchPage;
import dev.tolk.anthropic.dto.MessageBatch;
import dev.tolk.core.RunAbortedException;
import dev.tolk.state.JournalEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the batch that a create with an unknown outcome made, through the list endpoint (newest
 * first), since the API has no idempotency key. A candidate was created inside the attempt's window
 * as the server's clock tells it (never before the intent was journaled), holds exactly the file's
 * number of requests, is not one this run holds or disowned, and was not canceled (canceling the
 * extra ones is how a person settles an ambiguous match).
 */
final class Reconciler {
  /** The {@code date} header is to the second; the server stamps a batch while the call is open. */
  private static final Duration TOLERANCE = Duration.ofSeconds(2);

  /** Without any {@code date} header to go by, the clocks may be this far apart. */
  private static final Duration UNKNOWN_SKEW = Duration.ofSeconds(30);

  private static final int PAGES = 5;

  private final BatchesClient client;
  private final RunLedger ledger;
  private final String runId;

  Reconciler(BatchesClient client, RunLedger ledger, String runId) {
    this.client = client;
    this.ledger = ledger;
    this.runId = runId;
  }

  /**
   * The batch the attempt made, or null when none matches.
   *
   * @param from when the intent was journaled (local clock)
   * @param to when the attempt ended, or the latest it could have reached the server
   * @throws RunAbortedException when several match: which one is the run's cannot be told
   */
  MessageBatch find(FileState file, Instant from, Instant to) throws InterruptedException {
    Set<String> excluded = ledger.state().excluded();
    List<MessageBatch> matches = new ArrayList<>();
    String after = null;
    for (int page = 0; page < PAGES; page++) {
      BatchPage batches = client.list(100, after, null);
      Window window = window(from, to);
      boolean older = false;
      for (MessageBatch batch : batches.data()) {
        Instant created = Instant.parse(batch.createdAt());
        if (created.isBefore(window.start())) {
          older = true;
        } else if (!created.isAfter(window.end())
            && batch.total() == file.requests()
            && batch.cancelInitiatedAt() == null
            && !excluded.contains(batch.id())) {
          matches.add(batch);
        }
      }
      if (older || !batches.hasMore()) {
        break;
      }
      after = batches.lastId();
    }
    if (matches.size() > 1) {
      List<String> ids = matches.stream().map(MessageBatch::id).toList();
      ledger.record(new JournalEvent.Ambiguous(file.file(), ids));
      throw new RunAbortedException(
          "several new batches match "
              + file.file()
              + " ("
              + String.join(", ", ids)
              + "), and the API cannot say which one this run made; cancel the extra ones with"
              + " `tolk batch cancel ID` (a canceled batch is never taken), then `tolk resume "
              + runId
              + "`",
          RunAbortedException.Cause.UNAVAILABLE,
          null);
    }
    return matches.isEmpty() ? null : matches.get(0);
  }

  private record Window(Instant start, Instant end) {}

  /** The attempt's window on the server's clock. */
  private Window window(Instant from, Instant to) {
    Optional<Duration> offset = client.serverClock().offset();
    Duration margin = offset.isPresent() ? TOLERANCE : UNKNOWN_SKEW;
    Duration shift = offset.orElse(Duration.ZERO);
    return new Window(from.plus(shift).minus(margin), to.plus(shift).plus(margin));
  }
}
