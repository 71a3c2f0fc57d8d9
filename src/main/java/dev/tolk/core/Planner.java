package dev.tolk.core;

import dev.tolk.core.message.CldrPlurals;
import dev.tolk.core.message.Message;
import dev.tolk.core.quality.UnitRules;
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
 * remembers: translate it when the target is missing, a plural lacks forms the language needs, a
 * stand-in (pseudo-localization) holds its place, or the source (or what the project's brief says
 * about it) changed since it was translated (or with {@code force}); keep a translation a person
 * edited since tolk wrote it (and say so); reuse the translation of a renamed key whose text did
 * not change; remove keys the source no longer has.
 */
public final class Planner {

  /**
   * Which keys a run may touch (a narrowed run: --key, one language).
   *
   * @param standIn recorded translations that only stand in for real ones in this run (the pseudo
   *     provider's, when a real provider runs)
   */
  public record Scope(
      Predicate<String> keys,
      boolean force,
      boolean prune,
      Predicate<LockEntry> standIn,
      UnitRules rules) {
    public static final Scope ALL =
        new Scope(key -> true, false, true, entry -> false, UnitRules.NONE);
  }

  /**
   * @param pending units to translate
   * @param upToDate keys whose translation is current
   * @param stale the pending units whose source changed since they were translated
   * @param standIns the pending units that only had a stand-in translation
   * @param incomplete the pending units whose plural lacked forms of the language
   * @param edited keys whose translation a person changed since tolk wrote it: kept
   * @param reused translations taken over from a renamed key (key to message)
   * @param adopted keys that have a translation tolk did not write and the lock does not know yet
   * @param removals keys to remove from the target: the source no longer has them
   */
  public record Plan(
      List<Unit> pending,
      int upToDate,
      int stale,
      int standIns,
      int incomplete,
      List<String> edited,
      Map<String, Message> reused,
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
    Map<String, Message> reused = new LinkedHashMap<>();
    Set<String> removals = new LinkedHashSet<>();
    int upToDate = 0;
    int stale = 0;
    int standIns = 0;
    int incomplete = 0;
    Map<String, String> renamedFrom = renamedCandidates(source, target, lock);
    for (Entry entry : source.entries()) {
      if (entry.message().isBlank() || !scope.keys().test(entry.key())) {
        continue;
      }
      Unit unit =
          new Unit(
              new UnitRef(sourceFile, entry.key(), language),
              entry.message(),
              entry.note(),
              scope.rules().maxLength(entry));
      LockEntry known = lock.get(entry.key());
      Entry translated = current(target, entry.key(), known);
      if (scope.force()) {
        pending.add(unit);
      } else if (translated == null) {
        String oldKey = renamedFrom.remove(LockHashes.source(entry.message()));
        if (oldKey != null) {
          reused.put(entry.key(), target.get(oldKey).message());
        } else {
          pending.add(unit);
        }
      } else if (known != null && !LockHashes.targetMatches(known, translated.message())) {
        edited.add(entry.key());
      } else if (lacksForms(translated.message(), entry.message(), language)) {
        pending.add(unit);
        incomplete++;
      } else if (known == null) {
        adopted.add(entry.key());
        upToDate++;
      } else if (scope.standIn().test(known)) {
        pending.add(unit);
        standIns++;
      } else if (!LockHashes.sourceMatches(known, entry.message())
          || briefChanged(known, entry, language, scope)) {
        pending.add(unit);
        stale++;
      } else {
        if (known.legacy()) {
          adopted.add(entry.key()); // recorded again with today's hashes
        }
        upToDate++;
      }
    }
    if (scope.prune() && target != null) {
      for (Entry entry : target.entries()) {
        // only what tolk wrote (or took over): a key a person added to the target alone stays
        if (!source.contains(entry.key())
            && lock.containsKey(entry.key())
            && scope.keys().test(entry.key())) {
          removals.add(entry.key());
        }
      }
    }
    return new Plan(
        pending, upToDate, stale, standIns, incomplete, edited, reused, adopted, removals);
  }

  /**
   * The target's translation of a key: a provisional one (PO fuzzy) only if it is the one tolk
   * wrote and marked for review, else it is as good as missing.
   */
  public static Entry current(Catalog target, String key, LockEntry known) {
    Entry translated = target == null ? null : target.get(key);
    if (translated != null
        && translated.provisional()
        && (known == null || !LockHashes.targetMatches(known, translated.message()))) {
      return null;
    }
    return translated;
  }

  /**
   * Whether what the brief says about a text changed since tolk translated it. A translation tolk
   * did not write (adopted, provider unknown) is never re-sent for this.
   */
  private static boolean briefChanged(LockEntry known, Entry entry, String language, Scope scope) {
    return !known.provider().isEmpty()
        && !known.brief().equals(scope.rules().brief().fingerprint(entry.text(), language));
  }

  /**
   * A plural translation without every category its language needs (a Russian file that only has
   * "one" and "other", written before tolk knew better).
   */
  static boolean lacksForms(Message translation, Message source, String language) {
    if (!(source instanceof Message.Plural plural)) {
      return false;
    }
    Set<String> present =
        translation instanceof Message.Plural forms ? forms.branches().keySet() : Set.of("other");
    for (String category : CldrPlurals.required(language, plural.kind())) {
      if (!present.contains(category)
          && !CldrPlurals.coveredByExplicit(language, plural.kind(), category, present)) {
        return true;
      }
    }
    return false;
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
              && entry.target().equals(LockHashes.target(translated.message()))) {
            byHash.putIfAbsent(entry.source(), key);
          }
        });
    return byHash;
  }
}
