package dev.tolk.app;

import dev.tolk.config.Quality;
import dev.tolk.core.Catalog;
import dev.tolk.core.Chunk;
import dev.tolk.core.Chunker;
import dev.tolk.core.Entry;
import dev.tolk.core.LockHashes;
import dev.tolk.core.Planner;
import dev.tolk.core.TokenEstimator;
import dev.tolk.core.Unit;
import dev.tolk.core.UnitOutcome;
import dev.tolk.core.UnitRef;
import dev.tolk.core.quality.UnitRules;
import dev.tolk.provider.ApiChoice;
import dev.tolk.provider.Providers;
import dev.tolk.provider.TranslationProvider;
import dev.tolk.state.Lockfile;
import dev.tolk.state.StagedTranslations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns a project and its tolk.lock into a run plan: {@link Planner} decides per source file and
 * language; this gathers the pending units, chunks them, and chooses the path.
 */
final class RunPlanner {
  private RunPlanner() {}

  static RunPlan plan(
      Project project,
      Lockfile lock,
      TranslationProvider provider,
      ProjectSelection selection,
      RunOptions options) {
    var settings = project.settings();
    boolean realProvider = !provider.standIn();
    Planner.Scope scope =
        new Planner.Scope(
            Globs.keys(selection.keyPattern()),
            options.force(),
            settings.removeDeletedKeys(),
            entry -> realProvider && Providers.standIn(entry),
            unitRules(settings.quality()));
    List<Unit> pending = new ArrayList<>();
    List<UnitOutcome> reused = new ArrayList<>();
    Map<TargetId, Set<String>> removals = new LinkedHashMap<>();
    List<UnitRef> adopted = new ArrayList<>();
    List<String> edited = new ArrayList<>();
    int upToDate = 0;
    int stale = 0;
    int standIns = 0;
    int incomplete = 0;
    Planner planner = new Planner();
    StagedTranslations staged = StagedTranslations.load(project.stateFolder());
    for (TargetJob job : project.jobs()) {
      String file = job.source().relative();
      Catalog source = job.sourceCatalog();
      Planner.Plan plan =
          planner.plan(
              file,
              job.language(),
              source,
              job.targetCatalog(),
              lock.entries(file, job.language()),
              scope);
      for (Unit unit : plan.pending()) {
        var kept = staged.find(unit.ref()).filter(entry -> stagedFor(entry, unit, provider));
        if (kept.isPresent()) {
          reused.add(new UnitOutcome.Translated(unit, kept.get().message()));
        } else {
          pending.add(unit);
        }
      }
      upToDate += plan.upToDate();
      stale += plan.stale();
      standIns += plan.standIns();
      incomplete += plan.incomplete();
      plan.edited().forEach(key -> edited.add(file + " " + key + " [" + job.language() + "]"));
      plan.reused()
          .forEach(
              (key, message) -> {
                Entry entry = source.get(key);
                Unit unit =
                    new Unit(new UnitRef(file, key, job.language()), entry.message(), entry.note());
                reused.add(new UnitOutcome.Translated(unit, message));
              });
      plan.adopted().forEach(key -> adopted.add(new UnitRef(file, key, job.language())));
      if (!plan.removals().isEmpty()) {
        removals
            .computeIfAbsent(new TargetId(file, job.language()), id -> new LinkedHashSet<>())
            .addAll(plan.removals());
      }
    }
    List<Chunk> chunks =
        new Chunker(
                settings.chunking().maxItems(),
                settings.chunking().maxOutputTokens(),
                new TokenEstimator())
            .chunk(settings.sourceLanguage(), pending);
    ApiChoice api = options.api();
    return new RunPlan(
        project,
        provider,
        provider.mode(pending.size(), api, settings.batch().threshold()),
        pending,
        chunks,
        new PlanCounts(upToDate, stale, standIns, incomplete, edited),
        new LocalChanges(reused, removals, adopted));
  }

  /**
   * The brief, and the length limits tolk.yaml's {@code max-length} gives by key glob. A JSON or
   * YAML key is a pointer ({@code /button/move}); the glob may also name it dotted ({@code
   * button.move}, {@code button.*}), as people write them.
   */
  static UnitRules unitRules(Quality quality) {
    Map<Predicate<String>, Integer> limits = new LinkedHashMap<>();
    quality.maxLength().forEach((glob, limit) -> limits.put(Globs.keys(glob), limit));
    return new UnitRules(
        quality.brief(),
        key ->
            limits.entrySet().stream()
                .filter(
                    rule -> {
                      String bare = key.startsWith("/") ? key.substring(1) : key;
                      return rule.getKey().test(key)
                          || rule.getKey().test(bare)
                          || rule.getKey().test(bare.replace('/', '.'));
                    })
                .map(Map.Entry::getValue)
                .min(Integer::compare)
                .orElse(null));
  }

  /**
   * A translation a run could not write is written by the next one, if its source is unchanged and
   * it came from the provider this run uses.
   */
  private static boolean stagedFor(
      StagedTranslations.Staged entry, Unit unit, TranslationProvider provider) {
    return entry.sourceHash().equals(LockHashes.source(unit.message()))
        && entry.provider().equals(provider.name())
        && entry.fingerprint().equals(provider.fingerprint());
  }
}
