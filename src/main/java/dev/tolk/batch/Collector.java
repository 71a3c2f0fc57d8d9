package dev.tolk.batch;

import dev.tolk.anthropic.ApiException;
import dev.tolk.anthropic.BatchesClient;
import dev.tolk.anthropic.NotFoundException;
import dev.tolk.anthropic.dto.MessageBatch;
import dev.tolk.core.RunAbortedException;
import dev.tolk.state.JournalEvent;
import dev.tolk.state.RunFolder;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stages an ended batch's results: downloaded to {@code results/<id>.jsonl} and verified (every
 * line parses, as many as the batch's requests, every custom_id one of the file's, none twice); an
 * incomplete download is fetched again, up to three times. Results that are gone (archived, or
 * answered 404) are journaled so that their requests go to a new batch.
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
    Set<String> known = ResultsFile.customIds(run.path().resolve(file.file()));
    String problem = null;
    for (int attempt = 0; attempt < MAX_DOWNLOADS; attempt++) {
      try {
        client.downloadResults(batch, run.results(batch.id()));
      } catch (NotFoundException e) {
        gone(file, batch, "its results are gone (" + e.getMessage() + ")");
        return;
      } catch (ApiException e) {
        problem = e.getMessage();
        continue;
      }
      problem = ResultsFile.problem(run.results(batch.id()), batch.total(), known);
      if (problem == null) {
        ledger.record(new JournalEvent.Collected(file.file(), batch.id()));
        return;
      }
      LOG.warn(
          "the results of {} are incomplete ({}); downloading them again", batch.id(), problem);
    }
    throw new RunAbortedException(
        "could not download the complete results of " + batch.id() + " (" + problem + ")",
        RunAbortedException.Cause.UNAVAILABLE,
        null);
  }

  private void gone(FileState file, MessageBatch batch, String why) {
    LOG.warn("batch {}: {}; its requests will be sent again", batch.id(), why);
    ledger.record(new JournalEvent.ResultsGone(file.file(), batch.id(), why));
  }
}
