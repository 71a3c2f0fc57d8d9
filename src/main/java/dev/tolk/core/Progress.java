package dev.tolk.core;

/** Told how far a run has come; implementations draw a bar or print lines. */
public interface Progress {
  Progress NONE = (done, total) -> {};

  void unitsDone(int done, int total);
}
