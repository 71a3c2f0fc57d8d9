package dev.tolk.core;

import dev.tolk.core.message.Message;

/**
 * One translatable message of a localization file.
 *
 * @param key the format's stable key for the message (for JSON a JSON Pointer, for properties the
 *     key; for plurals stored under several keys, the key they share)
 * @param message the message in the file's language
 * @param note context for the translator taken from the file (a comment or description), or null
 * @param line the 1-based line where the entry starts, for messages
 * @param maxLength the longest a translation may be, where the file says (XLIFF {@code maxwidth}),
 *     or null
 * @param provisional a translation the file marks as not confirmed (PO {@code #, fuzzy}): it counts
 *     only if tolk wrote it (and marked it for review), else it is as good as missing
 */
public record Entry(
    String key, Message message, String note, int line, Integer maxLength, boolean provisional) {
  public Entry(String key, Message message, String note, int line) {
    this(key, message, note, line, null, false);
  }

  public Entry(String key, Message message, String note, int line, Integer maxLength) {
    this(key, message, note, line, maxLength, false);
  }

  /** The message as one text (a plural's branches in CLDR order). */
  public String text() {
    return message.canonical();
  }
}
