package dev.tolk.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** What the model answered for one chunk, before validation. */
public sealed interface ChunkReply {
  Usage usage();

  /**
   * An answer per item id (the ids are checked by the caller).
   *
   * @param approved in a review: the ids whose draft the reviewer let stand
   * @param reasons in a review: why each corrected id was changed
   */
  record Answered(
      Map<String, Answer> answers, Usage usage, Set<String> approved, Map<String, String> reasons)
      implements ChunkReply {
    public Answered(Map<String, Answer> answers, Usage usage) {
      this(answers, usage, Set.of(), Map.of());
    }
  }

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
