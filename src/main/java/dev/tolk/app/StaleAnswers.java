package dev.tolk.app;

import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.core.LockHashes;
import dev.tolk.core.UnitOutcome;
import dev.tolk.core.UnitRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers of a batch run whose source text changed (or went away) between submitting and
 * collecting: the translation of the old text is never written for the new one. Those units stay
 * pending, and the next plan sends their new text.
 */
final class StaleAnswers {
  private StaleAnswers() {}

  /**
   * @param current outcomes still true to the project's sources
   * @param stale the units whose answer was for a source text the project no longer has
   */
  record Split(List<UnitOutcome> current, List<UnitRef> stale) {}

  static Split split(Project project, List<UnitOutcome> outcomes) {
    Map<TargetId, Catalog> sources = new HashMap<>();
    project
        .jobs()
        .forEach(
            job ->
                sources.put(
                    new TargetId(job.source().relative(), job.language()), job.sourceCatalog()));
    List<UnitOutcome> current = new ArrayList<>();
    List<UnitRef> stale = new ArrayList<>();
    for (UnitOutcome outcome : outcomes) {
      UnitRef ref = outcome.unit().ref();
      Catalog source = sources.get(new TargetId(ref.file(), ref.language()));
      Entry now = source == null ? null : source.get(ref.key());
      boolean unchanged =
          now != null
              && LockHashes.source(now.message())
                  .equals(LockHashes.source(outcome.unit().message()));
      if (unchanged || !(outcome instanceof UnitOutcome.Translated)) {
        current.add(outcome);
      } else {
        stale.add(ref);
      }
    }
    return new Split(current, stale);
  }
}
