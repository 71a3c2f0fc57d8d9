package dev.tolk.batch;

import java.time.Instant;

/**
 * What the journal says about one request file (one batch).
 *
 * @param submittingAt when a create whose outcome is unknown was attempted, or null: before such a
 *     file is created again, the batch that attempt may have made is looked for
 * @param batchId the batch created from it (or adopted), or null
 * @param adopted the batch was found after a lost answer rather than created by an answer
 * @param rejected the API's reason for refusing it, or null
 */
record FileState(
    String file,
    int round,
    int requests,
    Phase phase,
    Instant submittingAt,
    String batchId,
    boolean adopted,
    String rejected) {

  /** Where a file is in its life. */
  enum Phase {
    /** written, not (or no longer) a batch */
    PREPARED,
    /** a batch is processing it */
    SUBMITTED,
    /** its batch ended and the results are staged */
    COLLECTED,
    /** its batch's results cannot be had (archived, 404, 410) */
    RESULTS_GONE,
    /** the API refused to make a batch of it */
    REJECTED,
    /** too large for the API: its requests went into smaller files */
    SPLIT
  }

  static FileState prepared(String file, int round, int requests) {
    return new FileState(file, round, requests, Phase.PREPARED, null, null, false, null);
  }

  boolean waiting() {
    return phase == Phase.SUBMITTED;
  }

  boolean unsubmitted() {
    return phase == Phase.PREPARED;
  }

  boolean collected() {
    return phase == Phase.COLLECTED;
  }

  boolean resultsGone() {
    return phase == Phase.RESULTS_GONE;
  }

  /** A create was attempted and nobody knows whether it made a batch. */
  boolean openIntent() {
    return phase == Phase.PREPARED && submittingAt != null;
  }

  FileState whenSubmitting(Instant at) {
    return new FileState(file, round, requests, Phase.PREPARED, at, null, false, null);
  }

  /** A definite failure made nothing: the intent is closed. An ambiguous one keeps it open. */
  FileState whenCreateFailed(boolean definite) {
    return definite ? prepared(file, round, requests) : this;
  }

  FileState whenSubmitted(String batch, boolean adopted) {
    return new FileState(file, round, requests, Phase.SUBMITTED, null, batch, adopted, null);
  }

  FileState whenRejected(String error) {
    return new FileState(file, round, requests, Phase.REJECTED, null, null, false, error);
  }

  FileState whenCollected() {
    return new FileState(file, round, requests, Phase.COLLECTED, null, batchId, adopted, null);
  }

  FileState whenResultsGone() {
    return new FileState(file, round, requests, Phase.RESULTS_GONE, null, batchId, adopted, null);
  }

  /** The adopted batch was not this file's: the file is to be submitted afresh. */
  FileState whenDisowned() {
    return prepared(file, round, requests);
  }

  FileState whenSplit() {
    return new FileState(file, round, requests, Phase.SPLIT, null, null, false, null);
  }
}
