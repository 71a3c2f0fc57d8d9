package dev.tolk.app;

import dev.tolk.config.Overrides;
import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.core.LockEntry;
import dev.tolk.core.LockHashes;
import dev.tolk.core.Planner;
import dev.tolk.core.Unit;
import dev.tolk.core.UnitRef;
import dev.tolk.core.Validator;
import dev.tolk.core.quality.UnitRules;
import dev.tolk.provider.Providers;
import dev.tolk.state.Lockfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The CI gate: reads the project and tolk.lock, calls no API and writes nothing, and lists every
 * translation that is missing, stale (its source, or what the project's brief says about it,
 * changed since it was translated) or invalid (placeholders, tags, ICU syntax, plural categories,
 * length limits, and the glossary and script checks where tolk.yaml makes them reject); what those
 * checks only warn about is listed apart.
 */
public final class CheckService {
  private final Environment environment;

  public CheckService(Environment environment) {
    this.environment = environment;
  }

  public CheckReport check(ProjectSelection selection, Overrides overrides) {
    Project project = new ProjectLoader(environment).load(selection, overrides);
    Lockfile lock = Lockfile.load(project.lockFile());
    Predicate<String> keys = Globs.keys(selection.keyPattern());
    var quality = project.settings().quality();
    Validator validator = new Validator(quality.checks());
    Validator standIns = new Validator(quality.checks().withoutScriptCheck());
    UnitRules rules = RunPlanner.unitRules(quality);
    boolean realProvider = !Providers.standIn(project.settings().provider());
    Predicate<LockEntry> standIn = entry -> realProvider && Providers.standIn(entry);
    List<CheckReport.Finding> findings = new ArrayList<>();
    List<CheckReport.Finding> warnings = new ArrayList<>();
    int checked = 0;
    for (TargetJob job : project.jobs()) {
      String file = job.source().relative();
      Catalog target = job.targetCatalog();
      Map<String, LockEntry> known = lock.entries(file, job.language());
      for (Entry entry : job.sourceCatalog().entries()) {
        if (entry.message().isBlank() || !keys.test(entry.key())) {
          continue;
        }
        checked++;
        Entry translated = Planner.current(target, entry.key(), known.get(entry.key()));
        if (translated == null) {
          findings.add(
              new CheckReport.Finding(
                  file, entry.key(), job.language(), "missing in " + job.targetRelative()));
          continue;
        }
        LockEntry lockEntry = known.get(entry.key());
        boolean edited =
            lockEntry != null && !LockHashes.targetMatches(lockEntry, translated.message());
        boolean briefChanged =
            lockEntry != null
                && !lockEntry.provider().isEmpty()
                && !lockEntry
                    .brief()
                    .equals(rules.brief().fingerprint(entry.text(), job.language()));
        if (lockEntry != null && !LockHashes.sourceMatches(lockEntry, entry.message())) {
          findings.add(
              new CheckReport.Finding(
                  file,
                  entry.key(),
                  job.language(),
                  "stale: the source changed since it was translated"
                      + (edited ? " (and a person edited the translation)" : "")));
        } else if (briefChanged && !edited) {
          findings.add(
              new CheckReport.Finding(
                  file,
                  entry.key(),
                  job.language(),
                  "stale: the context, tone, style or a glossary term it contains changed since it"
                      + " was translated"));
        } else if (lockEntry != null && !edited && standIn.test(lockEntry)) {
          findings.add(
              new CheckReport.Finding(
                  file, entry.key(), job.language(), "not translated yet: only pseudo-localized"));
        }
        Unit unit =
            new Unit(
                new UnitRef(file, entry.key(), job.language()),
                entry.message(),
                entry.note(),
                rules.maxLength(entry));
        boolean pseudo =
            Providers.standIn(project.settings().provider())
                || (lockEntry != null && Providers.standIn(lockEntry) && !edited);
        var judged =
            (pseudo ? standIns : validator)
                .judge(
                    unit,
                    translated.message(),
                    project.settings().sourceLanguage(),
                    job.language());
        for (String problem : judged.problems()) {
          findings.add(
              new CheckReport.Finding(file, entry.key(), job.language(), "invalid: " + problem));
        }
        for (String warning : judged.warnings()) {
          warnings.add(new CheckReport.Finding(file, entry.key(), job.language(), warning));
        }
      }
    }
    return new CheckReport(checked, findings, warnings, project.problems());
  }
}
