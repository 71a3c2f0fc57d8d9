package dev.tolk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class ChunkProcessorTest {
  private final TokenEstimator estimator = new TokenEstimator();
  private final List<UnitOutcome> outcomes = new ArrayList<>();
  private final List<Chunk> sent = new ArrayList<>();
  private final List<RepairRequest> repairs = new ArrayList<>();
  private final OutcomeSink sink =
      new OutcomeSink() {
        @Override
        public void outcome(UnitOutcome outcome) {
          outcomes.add(outcome);
        }

        @Override
        public void usage(Usage usage) {}
      };

  private Chunk chunk(String... texts) {
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      units.add(new Unit(new UnitRef("en.json", "/k" + i, "fr"), texts[i], null));
    }
    return new Chunker(100, 100_000, estimator).chunk("en", units).get(0);
  }

  private void process(Chunk chunk, BiFunction<Chunk, Integer, ChunkReply> answers) {
    ChunkTranslator translator =
        (c, repair) -> {
          sent.add(c);
          repairs.add(repair);
          return answers.apply(c, sent.size());
        };
    new ChunkProcessor(translator, new Validator(), estimator, sink).process(chunk);
  }

  private static ChunkReply answer(Chunk chunk) {
    Map<String, String> map = new LinkedHashMap<>();
    chunk.items().forEach(item -> map.put(item.id(), "fr " + item.text()));
    return ChunkReply.texts(map, Usage.NONE);
  }

  @Test
  void truncated_chunk_is_split_not_resent() {
    Chunk chunk = chunk("one", "two", "three", "four");
    process(
        chunk, (c, n) -> c.items().size() > 2 ? new ChunkReply.Truncated(Usage.NONE) : answer(c));
    assertEquals(List.of(4, 2, 2), sent.stream().map(c -> c.items().size()).toList());
    assertEquals(4, outcomes.stream().filter(o -> o instanceof UnitOutcome.Translated).count());
  }

  @Test
  void a_single_truncated_item_is_retried_once_with_a_larger_budget_then_fails() {
    Chunk chunk = chunk("one");
    process(chunk, (c, n) -> new ChunkReply.Truncated(Usage.NONE));
    assertEquals(2, sent.size());
    assertTrue(sent.get(1).estimatedOutputTokens() > sent.get(0).estimatedOutputTokens());
    assertTrue(
        outcomes.get(0) instanceof UnitOutcome.Failed failed
            && failed.reason().contains("max_tokens"));
  }

  @Test
  void missing_ids_get_one_repair_request_for_the_whole_chunk() {
    Chunk chunk = chunk("one", "two");
    process(
        chunk,
        (c, n) -> {
          if (n == 1) {
            return ChunkReply.texts(Map.of("1", "un", "7", "deux"), Usage.NONE);
          }
          return answer(c);
        });
    assertEquals(2, sent.size());
    RepairRequest repair = repairs.get(1);
    assertEquals(List.of("missing from the answer"), repair.problems().get("2"));
    assertTrue(repair.problems().get("*").get(0).contains("7"));
    assertEquals(2, outcomes.stream().filter(o -> o instanceof UnitOutcome.Translated).count());
  }

  @Test
  void an_invalid_item_is_repaired_once_and_then_reported_with_its_problem() {
    Chunk chunk = chunk("Hello {name}", "Bye");
    process(
        chunk,
        (c, n) -> {
          Map<String, String> map = new LinkedHashMap<>();
          c.items()
              .forEach(
                  item ->
                      map.put(
                          item.id(), item.text().replace("{name}", "").replace("Bye", "Salut")));
          return ChunkReply.texts(map, Usage.NONE);
        });
    assertEquals(List.of(2, 1), sent.stream().map(c -> c.items().size()).toList());
    assertEquals("Hello ", repairs.get(1).previous().get("1").display());
    UnitOutcome.Failed failed =
        (UnitOutcome.Failed)
            outcomes.stream()
                .filter(o -> o instanceof UnitOutcome.Failed)
                .findFirst()
                .orElseThrow();
    assertEquals("invalid answer: missing ICU argument {name}", failed.reason());
    assertEquals(1, outcomes.stream().filter(o -> o instanceof UnitOutcome.Translated).count());
  }

  @Test
  void a_malformed_answer_is_asked_again_once() {
    Chunk chunk = chunk("one");
    process(chunk, (c, n) -> new ChunkReply.Malformed("not JSON", Usage.NONE));
    assertEquals(2, sent.size());
    assertEquals(List.of("not JSON"), repairs.get(1).problems().get("*"));
    assertTrue(outcomes.get(0) instanceof UnitOutcome.Failed);
  }

  @Test
  void leading_and_trailing_whitespace_of_the_source_is_kept() {
    Chunk chunk = chunk("  of  ");
    process(chunk, (c, n) -> ChunkReply.texts(Map.of("1", "sur"), Usage.NONE));
    assertEquals("  sur  ", ((UnitOutcome.Translated) outcomes.get(0)).text());
  }

  @Test
  void a_failed_request_fails_its_units_and_says_whether_the_api_was_unavailable() {
    Chunk chunk = chunk("one", "two");
    process(
        chunk,
        (c, n) -> {
          throw new ChunkFailedException("HTTP 529 overloaded_error", true, null);
        });
    assertEquals(2, outcomes.size());
    assertTrue(
        outcomes.stream().allMatch(o -> o instanceof UnitOutcome.Failed f && f.apiUnavailable()));
  }
}
