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

  static FileState prepared(String file, int round, int requests) {
    return new FileState(file, round, requests, null, null, null, false, false);
  }

  boolean waiting() {
    return batchId != null && !collected && !resultsGone;
  }

  boolean unsubmitted() {
    return batchId == null && rejected == null;
  }

  FileState whenSubmitting(Instant at) {
    return new FileState(file, round, requests, at, null, null, false, false);
  }

  FileState whenSubmitted(String batch) {
    return new FileState(file, round, requests, submittingAt, batch, null, false, false);
  }

  FileState whenRejected(String error) {
    return new FileState(file, round, requests, submittingAt, null, error, false, false);
  }

  FileState whenCollected() {
    return new FileState(file, round, requests, submittingAt, batchId, null, true, false);
  }

  FileState whenResultsGone() {
    return new FileState(file, round, requests, submittingAt, batchId, null, false, true);
  }
}
