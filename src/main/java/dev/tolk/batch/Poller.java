package dev.tolk.batch;

import dev.tolk.anthropic.ApiException;
import dev.tolk.anthropic.AuthenticationException;
import dev.tolk.anthropic.BatchesClient;
import dev.tolk.anthropic.NotFoundException;
import dev.tolk.anthropic.dto.MessageBatch;
import dev.tolk.core.RunAbortedException;
import dev.tolk.core.Sleeper;
import dev.tolk.state.RunFolder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the run's batches on a {@link PollSchedule} until every one has ended and been collected,
 * or the wait limit passes. A failed check is retried at the next poll; ten in a row stop the run
 * (the batches keep running, and a resume picks them up). A batch the API does not know stops the
 * run at once: no number of polls will find it.
 */
final class Poller {
  private static final Logger LOG = LoggerFactory.getLogger(Poller.class);
  private static final int MAX_POLL_FAILURES = 10;

  private final RunFolder run;
  private final RunLedger ledger;
  private final BatchesClient client;
  private final Collector collector;
  private final PollSchedule schedule;
  private final Duration maxWait;
  private final Clock clock;
  private final Sleeper sleeper;
  private final BatchProgress progress;

  Poller(
      RunFolder run,
      RunLedger ledger,
      BatchesClient client,
      PollSchedule schedule,
      Duration maxWait,
      Clock clock,
      Sleeper sleeper,
      BatchProgress progress) {
    this.run = run;
    this.ledger = ledger;
    this.client = client;
    this.collector = new Collector(run, ledger, client);
    this.schedule = schedule;
    this.maxWait = maxWait;
    this.clock = clock;
    this.sleeper = sleeper;
    this.progress = progress;
  }

  /** Polls until every submitted batch is collected; false when the wait limit is reached. */
  boolean untilCollected() throws InterruptedException {
    Instant start = clock.instant();
    int failures = 0;
    Map<String, MessageBatch> latest = new LinkedHashMap<>();
    while (ledger.state().anyWaiting()) {
      for (FileState file : ledger.state().files()) {
        if (!file.waiting()) {
          continue;
        }
        MessageBatch batch;
        try {
          batch = client.retrieve(file.batchId());
          failures = 0;
        } catch (AuthenticationException e) {
          throw new RunAbortedException(
              "the API refused the key while waiting ("
                  + e.getMessage()
                  + "); the batches keep running",
              RunAbortedException.Cause.CONFIGURATION,
              e);
        } catch (NotFoundException e) {
          throw new RunAbortedException(
              "batch "
                  + file.batchId()
                  + " is not found with this API key ("
                  + e.getMessage()
                  + "): it was deleted, or the key belongs to another workspace than the one"
                  + " that created it; resume with that workspace's key (`tolk resume "
                  + run.id()
                  + "`), or stop tracking the run with `tolk runs abandon "
                  + run.id()
                  + "`",
              RunAbortedException.Cause.CONFIGURATION,
              e);
        } catch (ApiException e) {
          if (++failures >= MAX_POLL_FAILURES) {
            throw new RunAbortedException(
                "cannot reach the API to check the batches ("
                    + e.getMessage()
                    + "); they keep running",
                RunAbortedException.Cause.UNAVAILABLE,
                e);
          }
          LOG.warn(
              "checking batch {} failed ({}); trying again at the next poll",
              file.batchId(),
              e.getMessage());
          continue;
        }
        BatchMetadata.save(run, batch);
        latest.put(batch.id(), batch);
        if (batch.status() == MessageBatch.Status.ENDED) {
          collector.collect(file, batch);
        } else if (batch.status() == MessageBatch.Status.UNKNOWN) {
          LOG.warn(
              "batch {} has a status this version does not know: {}; waiting",
              batch.id(),
              batch.processingStatus());
        }
      }
      Duration elapsed = Duration.between(start, clock.instant());
      progress.polled(List.copyOf(latest.values()), elapsed);
      if (!ledger.state().anyWaiting()) {
        return true;
      }
      if (elapsed.compareTo(maxWait) >= 0) {
        return false;
      }
      sleeper.sleep(schedule.interval(elapsed));
    }
    return true;
  }
}
