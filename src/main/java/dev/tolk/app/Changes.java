package dev.tolk.app;

import dev.tolk.core.UnitOutcome;
import dev.tolk.core.UnitRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What planning found besides the units to translate: stale sources, stand-in (pseudo)
 * translations, plurals lacking forms, a person's edits (kept), translations reused from renamed
 * keys, keys to remove, and existing translations to adopt.
 */
final class Changes {
  int stale;
  int standIns;
  int incomplete;
  final List<String> edited = new ArrayList<>();
  final List<UnitOutcome> reused = new ArrayList<>();
  final Map<String, Set<String>> removals = new LinkedHashMap<>();
  final List<UnitRef> adopted = new ArrayList<>();

  void remove(String sourceFile, String language, Set<String> keys) {
    if (!keys.isEmpty()) {
      removals
          .computeIfAbsent(TargetWriter.id(sourceFile, language), k -> new LinkedHashSet<>())
          .addAll(keys);
    }
  }

  int removed() {
    return removals.values().stream().mapToInt(Set::size).sum();
  }

  boolean anyToWrite() {
    return !reused.isEmpty() || !removals.isEmpty() || !adopted.isEmpty();
  }
}
