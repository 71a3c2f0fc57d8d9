package dev.tolk.core;

import dev.tolk.core.message.Message;

/**
 * One item of a chunk as the model sees it: a short id local to the chunk, the text and its note.
 *
 * @param draft the translation to review, in a review pass; null when translating
 */
public record ChunkItem(String id, Unit unit, Message draft) {
  public ChunkItem(String id, Unit unit) {
    this(id, unit, null);
  }

  public Message message() {
    return unit.message();
  }

  public String text() {
    return unit.text();
  }

  public String note() {
    return unit.note();
  }
}
