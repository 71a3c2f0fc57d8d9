package dev.tolk.batch;

import dev.tolk.anthropic.ApiException;
import dev.tolk.anthropic.BatchesClient;
import dev.tolk.anthropic.RetryPolicy;
import dev.tolk.anthropic.dto.MessageBatch;
import dev.tolk.core.RunAbortedException;
import dev.tolk.core.Sleeper;
import dev.tolk.provider.FatalErrors;
import dev.tolk.state.JournalEvent;
import dev.tolk.state.RunFolder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the batch of one request file, journaling an intent before each create and the batch id
 * right after, so that a crash at any instant pays for nothing twice: a create whose outcome is
 * unknown (a lost answer, a crash before the id was journaled) is reconciled, never re-posted
 * blindly.
 */
final class Submitter {
  private static final Logger LOG = LoggerFactory.getLogger(Submitter.class);

  private final RunFolder run;
  private final RunLedger ledger;
  private final BatchesClient client;
  private final Reconciler reconciler;
  private final RetryPolicy retry;
  private final Clock clock;
  private final Sleeper sleeper;
  private final BatchProgress progress;

  Submitter(
      RunFolder run,
      RunLedger ledger,
      BatchesClient client,
      RetryPolicy retry,
      Clock clock,
      Sleeper sleeper,
      BatchProgress progress) {
    this.run = run;
    this.ledger = ledger;
    this.client = client;
    this.reconciler = new Reconciler(client, run.id());
    this.retry = retry;
    this.clock = clock;
    this.sleeper = sleeper;
    this.progress = progress;
  }

  void submit(FileState file) throws InterruptedException {
    if (file.submittingAt() != null) {
      // a create was attempted before a crash: find out whether it happened before trying again
      MessageBatch existing = reconciler.find(file, file.submittingAt(), ours());
      if (existing != null) {
        submitted(file, existing, true);
        return;
      }
    }
    for (int attempt = 0; ; attempt++) {
      Instant at = clock.instant();
      ledger.record(new JournalEvent.Submitting(file.file(), file.requests(), at));
      try {
        submitted(file, client.create(run.path().resolve(file.file())), false);
        return;
      } catch (ApiException e) {
        FatalErrors.abortIfFatal(e, "");
        int status = e.status();
        if (status == 400 || status == 404 || status == 413 || status == 422) {
          ledger.record(new JournalEvent.Rejected(file.file(), e.getMessage()));
          LOG.warn("batch {} was refused: {}", file.file(), e.getMessage());
          return;
        }
        if (status == 0 || status >= 500) {
          MessageBatch created = reconciler.find(file, at, ours());
          if (created != null) {
            submitted(file, created, true);
            return;
          }
        }
        if (attempt >= retry.maxRetries()) {
          throw new RunAbortedException(
              "could not create a batch (" + e.getMessage() + ")",
              RunAbortedException.Cause.UNAVAILABLE,
              e);
        }
        Duration delay = retry.delay(e, attempt, 0.5);
        LOG.warn(
            "creating a batch failed ({}); trying again in {} ms",
            e.getMessage(),
            delay.toMillis());
        sleeper.sleep(delay);
      }
    }
  }

  private Set<String> ours() {
    return Set.copyOf(ledger.state().batchIds());
  }

  private void submitted(FileState file, MessageBatch batch, boolean adopted) {
    ledger.record(
        new JournalEvent.Submitted(
            file.file(), batch.id(), batch.createdAt(), batch.expiresAt(), adopted));
    BatchMetadata.save(run, batch);
    progress.submitted(batch.id(), file.requests());
    if (adopted) {
      LOG.warn(
          "the answer to creating {} was lost; found batch {} that it created and adopted it",
          file.file(),
          batch.id());
    }
  }
}
