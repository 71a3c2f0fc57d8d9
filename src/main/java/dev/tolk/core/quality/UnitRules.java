package dev.tolk.core.quality;

import dev.tolk.core.Entry;
import java.util.function.Function;

/**
 * What the project's configuration adds to each source entry: its length limit and what the brief
 * says about it.
 *
 * @param keyLimit the limit tolk.yaml's {@code max-length} gives a key, or null
 */
public record UnitRules(Brief brief, Function<String, Integer> keyLimit) {
  public static final UnitRules NONE = new UnitRules(Brief.NONE, key -> null);

  /**
   * The tightest of the limits declared for an entry: by the file (XLIFF {@code maxwidth}), by its
   * note (Android's {@code [CHAR LIMIT=n]}) and by tolk.yaml; null when none is.
   */
  public Integer maxLength(Entry entry) {
    Integer limit = entry.maxLength();
    limit = tighter(limit, LengthLimit.inNote(entry.note()));
    return tighter(limit, keyLimit.apply(entry.key()));
  }

  private static Integer tighter(Integer a, Integer b) {
    return a == null ? b : b == null ? a : Integer.valueOf(Math.min(a, b));
  }
}
