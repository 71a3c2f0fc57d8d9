package dev.tolk.app;

import dev.tolk.core.UnitOutcome;
import dev.tolk.core.UnitRef;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a plan changes without translating: translations reused (for renamed keys, or staged by a
 * run that could not write them), keys removed from targets because their source is gone, and
 * existing translations tolk adopts (records in tolk.lock as they are).
 */
record LocalChanges(
    List<UnitOutcome> reused, Map<TargetId, Set<String>> removals, List<UnitRef> adopted) {

  int removed() {
    return removals.values().stream().mapToInt(Set::size).sum();
  }

  boolean any() {
    return !reused.isEmpty() || !removals.isEmpty() || !adopted.isEmpty();
  }
}
