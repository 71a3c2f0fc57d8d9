package dev.tolk.core;

/** Receives outcomes and usage as chunks finish; called from several threads. */
public interface OutcomeSink {
  void outcome(UnitOutcome outcome);

  void usage(Usage usage);
}
