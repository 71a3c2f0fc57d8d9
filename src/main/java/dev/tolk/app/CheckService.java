package dev.tolk.app;

import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.core.LockEntry;
import dev.tolk.core.TextHash;
import dev.tolk.core.Validator;
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

  public CheckReport check(RunRequest request) {
    Project project = new ProjectLoader(environment).load(request);
    Lockfile lock = Lockfile.load(project.lockFile());
    Predicate<String> keys = TranslationService.keyFilter(request.keyPattern());
    Validator validator = new Validator();
    List<CheckReport.Finding> findings = new ArrayList<>();
    int checked = 0;
    for (TargetJob job : project.jobs()) {
      String file = job.source().relative();
      Catalog target = job.target() == null ? null : job.target().catalog();
      Map<String, LockEntry> known = lock.entries(file, job.language());
      for (Entry entry : job.sourceDocument().catalog().entries()) {
        if (entry.text().isBlank() || !keys.test(entry.key())) {
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
        if (lockEntry != null && !lockEntry.source().equals(TextHash.of(entry.text()))) {
          boolean edited = !lockEntry.target().equals(TextHash.of(translated.text()));
          findings.add(
              new CheckReport.Finding(
                  file,
                  entry.key(),
                  job.language(),
                  "stale: the source changed since it was translated"
                      + (edited ? " (and a person edited the translation)" : "")));
        }
        for (String problem : validator.check(entry.text(), translated.text(), job.language())) {
          findings.add(
              new CheckReport.Finding(file, entry.key(), job.language(), "invalid: " + problem));
        }
      }
    }
    return new CheckReport(checked, findings, project.problems());
  }
}
