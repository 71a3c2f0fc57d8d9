package dev.tolk.batch;

import dev.tolk.anthropic.ApiException;
import dev.tolk.anthropic.BatchesClient;
import dev.tolk.anthropic.dto.MessageBatch;
import dev.tolk.core.RunAbortedException;
import dev.tolk.state.JournalEvent;
import dev.tolk.state.RunFolder;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stages an ended batch's results: downloaded to {@code results/<id>.jsonl} and checked against the
 * file's own requests (every line parses, every custom_id one of the file's, none twice, none
 * missing). A damaged or short download is fetched again, up to three times; after that, requests
 * without a result are sent again like failed ones, and only an unreadable file stops the run. The
 * file, not {@code request_counts}, decides. Results that are gone (archived, 404, 410) are
 * journaled so that their requests go to a new batch. An adopted batch whose results are another
 * run's is disowned: left alone, and the file submitted again.
 */
final class Collector {
  private static final Logger LOG = LoggerFactory.getLogger(Collector.class);
  private static final int MAX_DOWNLOADS = 3;

  private final RunFolder run;
  private final RunLedger ledger;
  private final BatchesClient client;

  Collector(RunFolder run, RunLedger ledger, BatchesClient client) {
    this.run = run;
    this.ledger = ledger;
    this.client = client;
  }

  void collect(FileState file, MessageBatch batch) throws InterruptedException {
    if (batch.archivedAt() != null) {
      gone(file, batch, "its results were archived (" + batch.archivedAt() + ")");
      return;
    }
    if (batch.total() != file.requests()) {
      LOG.warn(
          "batch {} counts {} requests, but {} were sent; its results file decides",
          batch.id(),
          batch.total(),
          file.requests());
    }
    Set<String> requested = ResultsFile.customIds(run.path().resolve(file.file()));
    ResultsFile.Check check = null;
    for (int attempt = 0; attempt < MAX_DOWNLOADS; attempt++) {
      try {
        client.downloadResults(batch, run.results(batch.id()));
      } catch (ApiException e) {
        if (e.status() == 404 || e.status() == 410) {
          gone(file, batch, "its results are gone (" + e.getMessage() + ")");
          return;
        }
        check = ResultsFile.Check.unreadable(e.getMessage());
        continue;
      }
      check = ResultsFile.check(run.results(batch.id()), requested);
      if (check.foreign() > 0 && file.adopted()) {
        disown(file, batch, check);
        return;
      }
      if (check.complete()) {
        ledger.record(new JournalEvent.Collected(file.file(), batch.id()));
        return;
      }
      LOG.warn("the results of {} are incomplete ({}); downloading them again", batch.id(), check);
    }
    if (check.damaged() != null) {
      throw new RunAbortedException(
          "could not download readable results of " + batch.id() + " (" + check + ")",
          RunAbortedException.Cause.UNAVAILABLE,
          null);
    }
    LOG.warn(
        "the results of {} stay incomplete ({}); requests without a result are sent again",
        batch.id(),
        check);
    ledger.record(new JournalEvent.Collected(file.file(), batch.id()));
  }

  private void disown(FileState file, MessageBatch batch, ResultsFile.Check check) {
    String why = "its results hold " + check.foreign() + " requests of another run";
    LOG.warn(
        "batch {}, taken over for {} after a lost answer, is not this run's ({}); it is left"
            + " alone and {} is submitted again",
        batch.id(),
        file.file(),
        why,
        file.file());
    ledger.record(new JournalEvent.Disowned(file.file(), batch.id(), why));
  }

  private void gone(FileState file, MessageBatch batch, String why) {
    LOG.warn("batch {}: {}; its requests will be sent again", batch.id(), why);
    ledger.record(new JournalEvent.ResultsGone(file.file(), batch.id(), why));
  }
}
