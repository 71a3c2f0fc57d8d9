package dev.tolk.core.message;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares the tokens of one level of a translation with its source's: named placeholders, tags and
 * ICU arguments by count, printf's sequential placeholders by order, entities by what HTML knows.
 * Relaxed (a branch that stands for a single number) it lets tokens be left out, never added.
 */
final class TokenComparison {
  /** Entities that carry markup or spacing; other named entities are typography. */
  private static final Set<String> STRUCTURAL_ENTITIES =
      Set.of("&lt;", "&gt;", "&amp;", "&quot;", "&apos;", "&nbsp;");

  private final String prefix;
  private final boolean relaxed;
  private final List<String> problems;

  /**
   * @param prefix where in the message, for each problem ("" or "'one' form: ")
   * @param problems where problems are added
   */
  TokenComparison(String prefix, boolean relaxed, List<String> problems) {
    this.prefix = prefix;
    this.relaxed = relaxed;
    this.problems = problems;
  }

  void compare(TreeLevel expected, TreeLevel actual) {
    counts("placeholder", expected.named, actual.named, "");
    counts("tag", expected.tags, actual.tags, "");
    sequence(expected.sequence, actual.sequence);
    counts(
        "ICU argument",
        expected.arguments,
        actual.arguments,
        " (argument names and keywords stay as in the source)");
    entities(expected.entities, actual.entities);
    counts("control character", expected.controls, actual.controls, "");
  }

  private void counts(
      String what, Map<String, Long> expected, Map<String, Long> actual, String unexpectedHint) {
    for (var entry : expected.entrySet()) {
      long found = actual.getOrDefault(entry.getKey(), 0L);
      if (found < entry.getValue() && !relaxed) {
        problems.add(
            prefix + "missing " + what + " " + entry.getKey() + times(entry.getValue(), found));
      }
    }
    for (var entry : actual.entrySet()) {
      long wanted = expected.getOrDefault(entry.getKey(), 0L);
      if (entry.getValue() > wanted) {
        problems.add(
            prefix
                + "unexpected "
                + what
                + " "
                + entry.getKey()
                + times(wanted, entry.getValue())
                + (wanted == 0 ? unexpectedHint : ""));
      }
    }
  }

  private void sequence(List<String> expected, List<String> actual) {
    boolean ok =
        relaxed
            ? actual.size() <= expected.size() && expected.subList(0, actual.size()).equals(actual)
            : expected.equals(actual);
    if (!ok) {
      problems.add(
          prefix
              + "printf placeholders must stay in this order: "
              + (expected.isEmpty() ? "none" : String.join(" ", expected))
              + " (found: "
              + (actual.isEmpty() ? "none" : String.join(" ", actual))
              + ")");
    }
  }

  /**
   * Every entity of the translation must be one HTML knows (a mangled {@code &rsquo;} is not);
   * those that carry markup or spacing stay as many as in the source; typography may change.
   */
  private void entities(Map<String, Long> expected, Map<String, Long> actual) {
    for (String entity : actual.keySet()) {
      if (!HtmlEntities.known(entity)) {
        problems.add(prefix + "unknown entity " + entity + " (keep entities exactly as written)");
      }
    }
    counts("entity", structural(expected), structural(actual), "");
  }

  private static Map<String, Long> structural(Map<String, Long> entities) {
    Map<String, Long> kept = new TreeMap<>();
    entities.forEach(
        (entity, count) -> {
          if (STRUCTURAL_ENTITIES.contains(entity) || entity.startsWith("&#")) {
            kept.put(entity, count);
          }
        });
    return kept;
  }

  private static String times(long expected, long found) {
    return expected > 1 || found > 1 ? " (expected " + expected + ", found " + found + ")" : "";
  }
}
