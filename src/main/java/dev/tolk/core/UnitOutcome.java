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
   * @param review what a review pass said of it; null for a translation
   */
  record Translated(Unit unit, Message message, List<String> warnings, Review review)
      implements UnitOutcome {
    public Translated {
      warnings = List.copyOf(warnings);
    }

    public Translated(Unit unit, Message message, List<String> warnings) {
      this(unit, message, warnings, null);
    }

    public Translated(Unit unit, Message message) {
      this(unit, message, List.of(), null);
    }

    /** A translation the review let stand: nothing to write. */
    public boolean approved() {
      return review != null && !review.changed();
    }

    public String text() {
      return message.canonical();
    }
  }

  /**
   * What a review pass said of a translation.
   *
   * @param before the translation that was reviewed
   * @param reason why it was changed; null when it was let stand
   */
  record Review(Message before, String reason) {
    public boolean changed() {
      return reason != null;
    }
  }

  /**
   * No valid translation: the target keeps its old value.
   *
   * @param apiUnavailable the API could not be reached or gave up (as opposed to a bad answer)
   */
  record Failed(Unit unit, String reason, boolean apiUnavailable) implements UnitOutcome {}
}
