package dev.tolk.provider;

/** What the user asked for: let the threshold choose, or one path whatever it says. */
public enum ApiChoice {
  /** the Batch API above the batch threshold, the Messages API at or below it */
  AUTO,
  /** the Messages API ({@code --sync}) */
  MESSAGES,
  /** the Message Batches API ({@code --use-batch-api}) */
  BATCH
}
