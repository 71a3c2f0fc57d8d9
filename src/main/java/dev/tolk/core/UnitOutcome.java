package dev.tolk.core;

import dev.tolk.core.message.Message;
import java.util.List;

/** What became of one unit in a run. */
public sealed interface UnitOutcome {
  Unit unit();

  /**
   * A validated translation, ready to be written.
   *
   * @param warnings what the quality checks noticed without rejecting it (a glossary term not
   *     followed, Latin letters in a Japanese answer), for the report
   */
  record Translated(Unit unit, Message message, List<String> warnings) implements UnitOutcome {
    public Translated {
      warnings = List.copyOf(warnings);
    }

    public Translated(Unit unit, Message message) {
      this(unit, message, List.of());
    }

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
