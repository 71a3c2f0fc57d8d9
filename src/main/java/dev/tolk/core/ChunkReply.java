package dev.tolk.core;

import java.util.Map;

/** What the model answered for one chunk, before validation. */
public sealed interface ChunkReply {
  Usage usage();

  /** A JSON object of id to translation (the ids are checked by the caller). */
  record Answered(Map<String, String> translations, Usage usage) implements ChunkReply {}

  /** The answer stopped at max_tokens: split the chunk, never re-send it unchanged. */
  record Truncated(Usage usage) implements ChunkReply {}

  /** The answer was not a JSON object of strings. */
  record Malformed(String problem, Usage usage) implements ChunkReply {}

  /** The model declined to answer (stop_reason refusal). */
  record Refused(String reason, Usage usage) implements ChunkReply {}
}
