package dev.tolk.core;

import dev.tolk.core.message.Message;

/**
 * A source message that needs translating into one target language.
 *
 * @param note the source's comment or description for translators, or null
 * @param maxLength the longest a translation may be, in characters, or null when unlimited
 */
public record Unit(UnitRef ref, Message message, String note, Integer maxLength) {
  public Unit(UnitRef ref, Message message, String note) {
    this(ref, message, note, null);
  }

  /** A text of no declared dialect. */
  public Unit(UnitRef ref, String text, String note) {
    this(ref, Message.text(text), note);
  }

  /** The source as one text (a plural's branches in CLDR order). */
  public String text() {
    return message.canonical();
  }
}
