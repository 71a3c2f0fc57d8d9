package dev.tolk.app;

import dev.tolk.config.Overrides;
import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.core.LockEntry;
import dev.tolk.core.LockHashes;
import dev.tolk.core.Validator;
import dev.tolk.provider.Providers;
import dev.tolk.state.Lockfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The CI gate: reads the project and tolk.lock, calls no API and writes nothing, and lists every
 * translation that is missing, stale (its source changed since it was translated) or invalid
 * (placeholders, tags, ICU syntax, plural categories).
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
    Validator validator = new Validator();
    boolean realProvider = !Providers.standIn(project.settings().provider());
    Predicate<LockEntry> standIn = entry -> realProvider && Providers.standIn(entry);
    List<CheckReport.Finding> findings = new ArrayList<>();
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
        Entry translated = target == null ? null : target.get(entry.key());
        if (translated == null) {
          findings.add(
              new CheckReport.Finding(
                  file, entry.key(), job.language(), "missing in " + job.targetRelative()));
          continue;
        }
        LockEntry lockEntry = known.get(entry.key());
        boolean edited =
            lockEntry != null && !LockHashes.targetMatches(lockEntry, translated.message());
        if (lockEntry != null && !LockHashes.sourceMatches(lockEntry, entry.message())) {
          findings.add(
              new CheckReport.Finding(
                  file,
                  entry.key(),
                  job.language(),
                  "stale: the source changed since it was translated"
                      + (edited ? " (and a person edited the translation)" : "")));
        } else if (lockEntry != null && !edited && standIn.test(lockEntry)) {
          findings.add(
              new CheckReport.Finding(
                  file, entry.key(), job.language(), "not translated yet: only pseudo-localized"));
        }
        for (String problem :
            validator.check(
                entry.message(),
                translated.message(),
                project.settings().sourceLanguage(),
                job.language())) {
          findings.add(
              new CheckReport.Finding(file, entry.key(), job.language(), "invalid: " + problem));
        }
      }
    }
    return new CheckReport(checked, findings, project.problems());
  }
}
