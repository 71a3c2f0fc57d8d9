package dev.tolk.core;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the model answered for one chunk, before validation. */
public sealed interface ChunkReply {
  Usage usage();

  /** An answer per item id (the ids are checked by the caller). */
  record Answered(Map<String, Answer> answers, Usage usage) implements ChunkReply {}

  /** Texts by item id. */
  static Answered texts(Map<String, String> texts, Usage usage) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    texts.forEach((id, text) -> answers.put(id, new Answer.Text(text)));
    return new Answered(answers, usage);
  }

  /** The answer stopped at max_tokens: split the chunk, never re-send it unchanged. */
  record Truncated(Usage usage) implements ChunkReply {}

  /** The answer was not a JSON object of strings. */
  record Malformed(String problem, Usage usage) implements ChunkReply {}

  /** The model declined to answer (stop_reason refusal). */
  record Refused(String reason, Usage usage) implements ChunkReply {}
}
