package dev.tolk.batch;

import dev.tolk.core.Chunk;
import dev.tolk.core.Sleeper;
import dev.tolk.provider.MessageBatches;
import dev.tolk.state.ChunkRecords;
import dev.tolk.state.JournalEvent;
import dev.tolk.state.RunFolder;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run's batches from its journal to staged results: prepare the request files, then submit what
 * is not submitted ({@link Submitter}), poll until every batch is collected ({@link Poller}), and
 * put failed requests into a new round ({@link RoundPlanner}) until none is left worth a batch.
 * Every step is journaled before and after it happens, so that a crash at any instant loses nothing
 * and pays for nothing twice.
 */
public final class BatchRun {
  private static final Logger LOG = LoggerFactory.getLogger(BatchRun.class);

  /**
   * @param threshold failed units above which they go to a new batch rather than the Messages API
   * @param maxRounds how many times failed requests are put in a new batch
   * @param retryCanceled whether requests of a canceled batch are sent again (else reported)
   */
  public record Options(
      int threshold,
      int maxRequestsPerBatch,
      long maxBytesPerBatch,
      Duration pollInterval,
      Duration maxWait,
      boolean noWait,
      int maxRounds,
      boolean retryCanceled) {}

  /** Where a run stands when {@link #waitForResults()} returns. */
  public enum Stage {
    /** every batch has ended and its results are staged */
    COLLECTED,
    /** batches are still processing (--no-wait, or the wait limit was reached) */
    PENDING
  }

  private final RunFolder run;
  private final RunLedger ledger;
  private final MessageBatches api;
  private final Options options;
  private final Clock clock;
  private final Submitter submitter;
  private final Poller poller;
  private final RoundPlanner rounds;
  private final BatchProgress progress;

  public BatchRun(
      RunFolder run,
      MessageBatches api,
      Options options,
      Clock clock,
      Sleeper sleeper,
      BatchProgress progress) {
    this.run = run;
    this.ledger = new RunLedger(run);
    this.api = api;
    this.options = options;
    this.clock = clock;
    this.progress = progress;
    this.submitter =
        new Submitter(run, ledger, api.client(), api.retry(), clock, sleeper, progress);
    this.poller =
        new Poller(
            run,
            ledger,
            api.client(),
            new PollSchedule(options.pollInterval()),
            options.maxWait(),
            clock,
            sleeper,
            progress);
    this.rounds =
        new RoundPlanner(run, options.threshold(), options.maxRounds(), options.retryCanceled());
  }

  public RunFolder folder() {
    return run;
  }

  /** Whether giving the run up loses nothing: no batch was made, none may have been. */
  public boolean nothingSubmitted() {
    return ledger.state().nothingSubmitted();
  }

  /** The ids of the batches the run has submitted so far. */
  public List<String> batchIds() {
    return ledger.state().batchIds();
  }

  /** Writes the chunks and their exact requests, then journals them; nothing is sent yet. */
  public void prepare(List<Chunk> chunks, String model) {
    ledger.record(new JournalEvent.RunStarted(run.id(), model, clock.instant()));
    ChunkRecords.append(run.chunks(), chunks);
    prepareRound(chunks, 0, 0);
  }

  private void prepareRound(List<Chunk> chunks, int round, int firstIndex) {
    RequestFiles files =
        new RequestFiles(api.requests(), options.maxRequestsPerBatch(), options.maxBytesPerBatch());
    for (RequestFiles.Written written : files.write(chunks, run::requests, firstIndex)) {
      ledger.record(
          new JournalEvent.Prepared(
              run.path().relativize(written.file()).toString(),
              round,
              written.requests(),
              written.bytes(),
              written.sha256()));
    }
  }

  /** Every file not yet a batch, including the halves of a file the API found too large. */
  private void submitUnsubmitted() throws InterruptedException {
    List<FileState> todo;
    while (!(todo = ledger.state().files().stream().filter(FileState::unsubmitted).toList())
        .isEmpty()) {
      for (FileState file : todo) {
        submitter.submit(file);
      }
    }
  }

  /**
   * Submits what is not submitted yet, then (unless --no-wait) polls until every batch has ended
   * and its results are staged, putting failed requests into new batches as needed.
   */
  public Stage waitForResults() throws InterruptedException {
    progress.run(run.id());
    while (true) {
      submitUnsubmitted();
      if (options.noWait() && ledger.state().anyWaiting()) {
        return Stage.PENDING;
      }
      if (!poller.untilCollected()) {
        return Stage.PENDING;
      }
      if (ledger.state().files().stream().anyMatch(FileState::unsubmitted)) {
        continue; // an adopted batch was disowned while collecting: its file goes again
      }
      List<Chunk> next = rounds.next(ledger.state());
      if (next.isEmpty()) {
        return Stage.COLLECTED;
      }
      LOG.info(
          "{} requests failed in round {}; submitting them again in a new batch",
          next.size(),
          ledger.state().lastRound());
      prepareRound(next, ledger.state().lastRound() + 1, ledger.state().files().size());
    }
  }
}
