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
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the batch of one request file, journaling an intent before each create and its outcome
 * right after, so that a crash at any instant pays for nothing twice. Only a create whose outcome
 * is unknown (no answer, a reset, a timeout, a crash) is reconciled; one the API answered with an
 * error, or that never left, made nothing and is simply tried again.
 */
final class Submitter {
  private static final Logger LOG = LoggerFactory.getLogger(Submitter.class);

  /** How late after its intent a create cut off by a crash can have reached the server. */
  private static final Duration CRASHED_ATTEMPT = Duration.ofMinutes(10);

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
    this.reconciler = new Reconciler(client, ledger, run.id());
    this.retry = retry;
    this.clock = clock;
    this.sleeper = sleeper;
    this.progress = progress;
  }

  void submit(FileState file) throws InterruptedException {
    if (file.openIntent()) {
      // a create was attempted before a crash: find out whether it made a batch first
      Instant from = file.submittingAt();
      MessageBatch existing = reconciler.find(file, from, from.plus(CRASHED_ATTEMPT));
      if (existing != null) {
        submitted(file, existing, true);
        return;
      }
    }
    for (int attempt = 0; ; attempt++) {
      Instant at = clock.instant();
      ledger.record(new JournalEvent.Submitting(file.file(), file.requests(), at));
      ApiException failure;
      try {
        submitted(file, client.create(run.path().resolve(file.file())), false);
        return;
      } catch (ApiException e) {
        failure = e;
      }
      ledger.record(
          new JournalEvent.CreateFailed(file.file(), failure.getMessage(), failure.definite()));
      FatalErrors.abortIfFatal(failure, "");
      if (failure.definite() && failure.status() == 413) {
        split(file, failure);
        return;
      }
      if (failure.definite() && refused(failure.status())) {
        ledger.record(new JournalEvent.Rejected(file.file(), failure.getMessage()));
        LOG.warn("batch {} was refused: {}", file.file(), failure.getMessage());
        return;
      }
      if (!failure.definite()) {
        MessageBatch created = reconciler.find(file, at, clock.instant());
        if (created != null) {
          submitted(file, created, true);
          return;
        }
        ledger.record(
            new JournalEvent.CreateFailed(file.file(), "no batch was made by that attempt", true));
      }
      if (attempt >= retry.maxRetries()) {
        throw new RunAbortedException(
            "could not create a batch (" + failure.getMessage() + ")",
            RunAbortedException.Cause.UNAVAILABLE,
            failure);
      }
      Duration delay = retry.delay(failure, attempt, 0.5);
      LOG.warn(
          "creating a batch failed ({}); trying again in {} ms",
          failure.getMessage(),
          delay.toMillis());
      sleeper.sleep(delay);
    }
  }

  private static boolean refused(int status) {
    return status == 400 || status == 404 || status == 422;
  }

  /**
   * A file the API found too large goes into two of half as many requests each; they are submitted
   * in turn, and halved again if need be, down to single requests, which are refused if still too
   * large: bounded by the number of requests, never a loop.
   */
  private void split(FileState file, ApiException tooLarge) {
    if (file.requests() <= 1) {
      ledger.record(new JournalEvent.Rejected(file.file(), tooLarge.getMessage()));
      LOG.warn("a single request of {} is too large: {}", file.file(), tooLarge.getMessage());
      return;
    }
    int index = ledger.state().files().size();
    List<RequestFiles.Written> halves =
        RequestFiles.halve(run.path().resolve(file.file()), run::requests, index);
    List<String> names =
        halves.stream().map(half -> run.path().relativize(half.file()).toString()).toList();
    ledger.record(new JournalEvent.Split(file.file(), names));
    for (RequestFiles.Written half : halves) {
      ledger.record(
          new JournalEvent.Prepared(
              run.path().relativize(half.file()).toString(),
              file.round(),
              half.requests(),
              half.bytes(),
              half.sha256()));
    }
    LOG.warn(
        "the API found {} too large ({}); sending its {} requests as two batches",
        file.file(),
        tooLarge.getMessage(),
        file.requests());
  }

  private void submitted(FileState file, MessageBatch batch, boolean adopted) {
    ledger.record(
        new JournalEvent.Submitted(
            file.file(), batch.id(), batch.createdAt(), batch.expiresAt(), adopted));
    BatchMetadata.save(run, batch);
    progress.submitted(batch.id(), file.requests());
    if (adopted) {
      LOG.warn(
          "the answer to creating {} was lost; found batch {} that it made and took it over",
          file.file(),
          batch.id());
    }
  }
}
