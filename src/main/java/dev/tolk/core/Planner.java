package dev.tolk.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides what to do with each key of a source file in one language, using what tolk.lock
 * remembers: translate it when the target is missing, or the source changed since it was translated
 * (or with {@code force}); keep a translation a person edited since tolk wrote it (and say so);
 * reuse the translation of a renamed key whose text did not change; remove keys the source no
 * longer has.
 */
public final class Planner {

  /** Which keys a run may touch (a narrowed run: --key, one language). */
  public record Scope(Predicate<String> keys, boolean force, boolean prune) {
    public static final Scope ALL = new Scope(key -> true, false, true);
  }

  /**
   * @param pending units to translate
   * @param upToDate keys whose translation is current
   * @param stale the pending units whose source changed since they were translated
   * @param edited keys whose translation a person changed since tolk wrote it: kept
   * @param reused translations taken over from a renamed key (key to text)
   * @param adopted keys that have a translation tolk did not write and the lock does not know yet
   * @param removals keys to remove from the target: the source no longer has them
   */
  public record Plan(
      List<Unit> pending,
      int upToDate,
      int stale,
      List<String> edited,
      Map<String, String> reused,
      List<String> adopted,
      Set<String> removals) {}

  /**
   * @param target the existing target catalog, or null when the target file does not exist
   */
  public Plan plan(
      String sourceFile,
      String language,
      Catalog source,
      Catalog target,
      Map<String, LockEntry> lock,
      Scope scope) {
    List<Unit> pending = new ArrayList<>();
    List<String> edited = new ArrayList<>();
    List<String> adopted = new ArrayList<>();
    Map<String, String> reused = new LinkedHashMap<>();
    Set<String> removals = new LinkedHashSet<>();
    int upToDate = 0;
    int stale = 0;
    Map<String, String> renamedFrom = renamedCandidates(source, target, lock);
    for (Entry entry : source.entries()) {
      if (entry.text().isBlank() || !scope.keys().test(entry.key())) {
        continue;
      }
      Unit unit =
          new Unit(new UnitRef(sourceFile, entry.key(), language), entry.text(), entry.note());
      Entry translated = target == null ? null : target.get(entry.key());
      LockEntry known = lock.get(entry.key());
      String sourceHash = TextHash.of(entry.text());
      if (scope.force()) {
        pending.add(unit);
      } else if (translated == null) {
        String oldKey = renamedFrom.remove(sourceHash);
        if (oldKey != null) {
          reused.put(entry.key(), target.get(oldKey).text());
        } else {
          pending.add(unit);
        }
      } else if (known == null) {
        adopted.add(entry.key());
        upToDate++;
      } else if (!known.target().equals(TextHash.of(translated.text()))) {
        edited.add(entry.key());
      } else if (!known.source().equals(sourceHash)) {
        pending.add(unit);
        stale++;
      } else {
        upToDate++;
      }
    }
    if (scope.prune() && target != null) {
      for (Entry entry : target.entries()) {
        if (!source.contains(entry.key()) && scope.keys().test(entry.key())) {
          removals.add(entry.key());
        }
      }
    }
    return new Plan(pending, upToDate, stale, edited, reused, adopted, removals);
  }

  /**
   * Keys that left the source but whose unedited translation tolk wrote, by the hash of the source
   * text they were translated from: a new key with that same text is the same string renamed.
   */
  private static Map<String, String> renamedCandidates(
      Catalog source, Catalog target, Map<String, LockEntry> lock) {
    Map<String, String> byHash = new HashMap<>();
    if (target == null) {
      return byHash;
    }
    lock.forEach(
        (key, entry) -> {
          Entry translated = target.get(key);
          if (!source.contains(key)
              && translated != null
              && entry.target().equals(TextHash.of(translated.text()))) {
            byHash.putIfAbsent(entry.source(), key);
          }
        });
    return byHash;
  }
}
