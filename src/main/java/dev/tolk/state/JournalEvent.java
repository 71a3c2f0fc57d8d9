package dev.tolk.state;

import java.time.Instant;
import java.util.List;

/**
 * What a batch run's journal records, one event per line, in the order things happened. {@link
 * JournalCodec} is the one place that turns events into lines and back.
 */
public sealed interface JournalEvent {
  /** The request that started the run: written first, so that the run can always be resumed. */
  record RequestRecorded(StoredRequest request) implements JournalEvent {}

  /** The run's chunks and requests are about to be written. */
  record RunStarted(String run, String model, Instant at) implements JournalEvent {}

  /** A request file (one batch) was written and fsynced; nothing is sent yet. */
  record Prepared(String file, int round, int requests, long bytes, String sha256)
      implements JournalEvent {}

  /** A create is about to be sent: if no answer is journaled after this, reconcile. */
  record Submitting(String file, int requests, Instant at) implements JournalEvent {}

  /** The API created a batch from a file (or a lost answer's batch was found and adopted). */
  record Submitted(String file, String batch, String createdAt, String expiresAt, boolean adopted)
      implements JournalEvent {}

  /**
   * A create failed. {@code definite}: the API answered with an error, or the request never left (a
   * refused connection), so no batch was made; otherwise the outcome is unknown and the next
   * attempt first looks for the batch it may have made.
   */
  record CreateFailed(String file, String error, boolean definite) implements JournalEvent {}

  /** Several new batches match a create whose answer was lost; the user picks by canceling. */
  record Ambiguous(String file, List<String> candidates) implements JournalEvent {}

  /** An adopted batch turned out to be another run's: left alone, the file is submitted again. */
  record Disowned(String file, String batch, String why) implements JournalEvent {}

  /** The API found a file too large (413): its requests now live in smaller files. */
  record Split(String file, List<String> into) implements JournalEvent {}

  /** The API refused to create a batch from a file: its requests are reported, not resent. */
  record Rejected(String file, String error) implements JournalEvent {}

  /** A batch ended and its complete, verified results are staged. */
  record Collected(String file, String batch) implements JournalEvent {}

  /** A batch's results cannot be had (archived, or gone): its requests go to a new batch. */
  record ResultsGone(String file, String batch, String why) implements JournalEvent {}

  /** The run's results were written; it is no longer resumed. */
  record Finished(String status, Instant at) implements JournalEvent {}
}
