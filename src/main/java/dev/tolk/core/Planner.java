package dev.tolk.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides which entries of a source file need translating into one language: those missing from the
 * target (all of them with {@code force}). Entries whose source text is blank are left alone.
 */
public final class Planner {

  /**
   * @param target the existing target catalog, or null when the target file does not exist
   */
  public Plan plan(
      String sourceFile, String language, Catalog source, Catalog target, boolean force) {
    List<Unit> pending = new ArrayList<>();
    int upToDate = 0;
    for (Entry entry : source.entries()) {
      if (entry.text().isBlank()) {
        continue;
      }
      boolean present = target != null && target.contains(entry.key());
      if (present && !force) {
        upToDate++;
      } else {
        pending.add(
            new Unit(new UnitRef(sourceFile, entry.key(), language), entry.text(), entry.note()));
      }
    }
    return new Plan(pending, upToDate);
  }

  /**
   * @param upToDate entries already translated, left as they are
   */
  public record Plan(List<Unit> pending, int upToDate) {}
}
