package dev.tolk.batch;

import java.time.Instant;

/**
 * What the journal says about one request file (one batch).
 *
 * @param submittingAt when the intent to create it was journaled, or null
 * @param batchId the batch created from it, or null
 * @param rejected the API's reason for refusing it, or null
 * @param resultsGone its results could not be had (archived or 404)
 */
record FileState(
    String file,
    int round,
    int requests,
    Instant submittingAt,
    String batchId,
    String rejected,
    boolean collected,
    boolean resultsGone) {

  boolean waiting() {
    return batchId != null && !collected && !resultsGone;
  }

  boolean unsubmitted() {
    return batchId == null && rejected == null;
  }

  FileState with(
      Instant submittingAt,
      String batchId,
      String rejected,
      boolean collected,
      boolean resultsGone) {
    return new FileState(
        file, round, requests, submittingAt, batchId, rejected, collected, resultsGone);
  }
}
