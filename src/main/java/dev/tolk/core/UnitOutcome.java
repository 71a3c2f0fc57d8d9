package dev.tolk.core;

import dev.tolk.core.message.Message;

/** What became of one unit in a run. */
public sealed interface UnitOutcome {
  Unit unit();

  /** A validated translation, ready to be written. */
  record Translated(Unit unit, Message message) implements UnitOutcome {
    public String text() {
      return message.canonical();
    }
  }

  /**
   * No valid translation: the target keeps its old value.
   *
   * @param apiUnavailable the API could not be reached or gave up (as opposed to a bad answer)
   */
  record Failed(Unit unit, String reason, boolean apiUnavailable) implements UnitOutcome {}
}
