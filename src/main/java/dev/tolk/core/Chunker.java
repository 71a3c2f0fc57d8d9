package dev.tolk.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups units into chunks: one target language per chunk, at most {@code maxItems} items and about
 * {@code maxOutputTokens} of expected answer. Chunk ids are {@code c1, c2, ...}; item ids within a
 * chunk are {@code 1, 2, ...}, short so that they cost few tokens.
 */
public final class Chunker {
  private final int maxItems;
  private final int maxOutputTokens;
  private final TokenEstimator estimator;

  public Chunker(int maxItems, int maxOutputTokens, TokenEstimator estimator) {
    this.maxItems = Math.max(1, maxItems);
    this.maxOutputTokens = Math.max(1, maxOutputTokens);
    this.estimator = estimator;
  }

  public List<Chunk> chunk(String sourceLanguage, List<Unit> units) {
    Map<String, List<Unit>> byLanguage = new LinkedHashMap<>();
    for (Unit unit : units) {
      byLanguage.computeIfAbsent(unit.ref().language(), language -> new ArrayList<>()).add(unit);
    }
    List<Chunk> chunks = new ArrayList<>();
    for (var entry : byLanguage.entrySet()) {
      String language = entry.getKey();
      List<ChunkItem> current = new ArrayList<>();
      int budget = 0;
      for (Unit unit : entry.getValue()) {
        ChunkItem item = new ChunkItem(Integer.toString(current.size() + 1), unit);
        int cost = estimator.outputTokens(List.of(item), language);
        if (!current.isEmpty() && (current.size() >= maxItems || budget + cost > maxOutputTokens)) {
          chunks.add(close(chunks.size(), sourceLanguage, language, current));
          current = new ArrayList<>();
          budget = 0;
          item = new ChunkItem("1", unit);
        }
        current.add(item);
        budget += cost;
      }
      if (!current.isEmpty()) {
        chunks.add(close(chunks.size(), sourceLanguage, language, current));
      }
    }
    return chunks;
  }

  private Chunk close(int index, String source, String language, List<ChunkItem> items) {
    return new Chunk(
        "c" + (index + 1), source, language, items, estimator.outputTokens(items, language));
  }
}
