package dev.tolk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkerTest {
  @Test
  void chunks_hold_one_language_and_respect_item_and_token_limits() {
    List<Unit> units = new ArrayList<>();
    for (String language : List.of("fr", "de")) {
      for (int i = 0; i < 45; i++) {
        units.add(
            new Unit(new UnitRef("a.json", "/k" + i, language), "Some text number " + i, null));
      }
    }
    List<Chunk> chunks = new Chunker(20, 100_000, new TokenEstimator()).chunk("en", units);
    assertEquals(
        List.of(20, 20, 5, 20, 20, 5), chunks.stream().map(c -> c.items().size()).toList());
    assertTrue(
        chunks.stream()
            .allMatch(
                c ->
                    c.items().stream()
                        .allMatch(i -> i.unit().ref().language().equals(c.targetLanguage()))));
    assertEquals(
        List.of("1", "2"),
        chunks.get(2).items().subList(0, 2).stream().map(ChunkItem::id).toList());
    assertEquals(chunks.size(), chunks.stream().map(Chunk::id).distinct().count());

    List<Chunk> small = new Chunker(20, 60, new TokenEstimator()).chunk("en", units.subList(0, 10));
    assertTrue(small.size() > 1, "the output-token budget splits chunks too");
  }
}
