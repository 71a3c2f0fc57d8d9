package dev.tolk.core;

import java.util.List;

/**
 * The items sent to the model in one request, all from one source language into one target.
 *
 * @param id stable and unique within a run; safe as a batch custom_id ({@code [A-Za-z0-9_-]})
 * @param estimatedOutputTokens what the answer is expected to cost, used for max_tokens and pacing
 */
public record Chunk(
    String id,
    String sourceLanguage,
    String targetLanguage,
    List<ChunkItem> items,
    int estimatedOutputTokens) {

  public Chunk {
    items = List.copyOf(items);
  }

  /** Whether this chunk asks for a review of drafts rather than for translations. */
  public boolean review() {
    return !items.isEmpty() && items.get(0).draft() != null;
  }

  /** The two halves of this chunk, for a retry after a truncated answer. */
  public List<Chunk> split(TokenEstimator estimator) {
    int middle = items.size() / 2;
    List<ChunkItem> first = items.subList(0, middle);
    List<ChunkItem> second = items.subList(middle, items.size());
    return List.of(
        new Chunk(
            id + "a",
            sourceLanguage,
            targetLanguage,
            first,
            estimator.outputTokens(first, targetLanguage)),
        new Chunk(
            id + "b",
            sourceLanguage,
            targetLanguage,
            second,
            estimator.outputTokens(second, targetLanguage)));
  }

  /** A chunk of the given items of this one, keeping their ids, for a repair request. */
  public Chunk subset(List<ChunkItem> subset, String suffix, TokenEstimator estimator) {
    return new Chunk(
        id + suffix,
        sourceLanguage,
        targetLanguage,
        subset,
        estimator.outputTokens(subset, targetLanguage));
  }
}
