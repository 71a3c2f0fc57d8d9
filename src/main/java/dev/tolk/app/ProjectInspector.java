package dev.tolk.app;

import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.core.LockEntry;
import dev.tolk.core.LockHashes;
import dev.tolk.core.Planner;
import dev.tolk.core.Unit;
import dev.tolk.core.UnitRef;
import dev.tolk.core.Validator;
import dev.tolk.core.quality.QualityChecks;
import dev.tolk.core.quality.UnitRules;
import dev.tolk.provider.Providers;
import dev.tolk.state.Lockfile;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Looks at every translation of a project without sending anything: missing, stale (its source, or
 * what the brief says about it, changed), a stand-in, edited by a person, and what the validator
 * finds wrong with it. What {@code tolk check} and {@code tolk status} both report.
 */
final class ProjectInspector {
  private ProjectInspector() {}

  static void inspect(Project project, Predicate<String> keys, Consumer<Inspection> sink) {
    Lockfile lock = Lockfile.load(project.lockFile());
    var settings = project.settings();
    Validator validator = new Validator(settings.quality().checks());
    Validator standIns = new Validator(settings.quality().checks().forStandIns());
    UnitRules rules = RunPlanner.unitRules(settings.quality());
    boolean pseudoRun = Providers.standIn(settings.provider());
    for (TargetJob job : project.jobs()) {
      String file = job.source().relative();
      Catalog target = job.targetCatalog();
      Map<String, LockEntry> known = lock.entries(file, job.language());
      for (Entry entry : job.sourceCatalog().entries()) {
        if (entry.message().isBlank() || !keys.test(entry.key())) {
          continue;
        }
        LockEntry recorded = known.get(entry.key());
        Entry translated = Planner.current(target, entry.key(), recorded);
        Inspection.State state = Inspection.State.MISSING;
        QualityChecks.Findings judged = QualityChecks.Findings.NONE;
        boolean edited = false;
        if (translated != null) {
          edited = recorded != null && !LockHashes.targetMatches(recorded, translated.message());
          boolean standIn = recorded != null && !edited && Providers.standIn(recorded);
          // a stand-in is what a pseudo project wants; for a real provider it is still to do
          state = state(recorded, entry, job.language(), edited, standIn && !pseudoRun, rules);
          Unit unit =
              new Unit(
                  new UnitRef(file, entry.key(), job.language()),
                  entry.message(),
                  entry.note(),
                  rules.maxLength(entry));
          judged =
              (pseudoRun || standIn ? standIns : validator)
                  .judge(unit, translated.message(), settings.sourceLanguage(), job.language());
        }
        sink.accept(
            new Inspection(
                file,
                entry.key(),
                job.language(),
                job.targetRelative(),
                state,
                judged.problems(),
                judged.warnings(),
                translated != null && recorded != null && recorded.reviewed() && !edited));
      }
    }
  }

  private static Inspection.State state(
      LockEntry recorded,
      Entry entry,
      String language,
      boolean edited,
      boolean standIn,
      UnitRules rules) {
    if (recorded == null) {
      return Inspection.State.TRANSLATED; // tolk did not write it: taken as it is
    }
    if (!LockHashes.sourceMatches(recorded, entry.message())) {
      return edited ? Inspection.State.STALE_AND_EDITED : Inspection.State.STALE;
    }
    if (edited) {
      return Inspection.State.EDITED;
    }
    if (!recorded.provider().isEmpty()
        && !recorded.brief().equals(rules.brief().fingerprint(entry.text(), language))) {
      return Inspection.State.BRIEF_CHANGED;
    }
    return standIn ? Inspection.State.PSEUDO : Inspection.State.TRANSLATED;
  }
}
