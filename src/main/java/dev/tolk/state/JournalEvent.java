package dev.tolk.state;

import java.time.Instant;

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

  /** The API refused to create a batch from a file: its requests are reported, not resent. */
  record Rejected(String file, String error) implements JournalEvent {}

  /** A batch ended and its complete, verified results are staged. */
  record Collected(String file, String batch) implements JournalEvent {}

  /** A batch's results cannot be had (archived, or gone): its requests go to a new batch. */
  record ResultsGone(String file, String batch, String why) implements JournalEvent {}

  /** The run's results were written; it is no longer resumed. */
  record Finished(String status, Instant at) implements JournalEvent {}
}
