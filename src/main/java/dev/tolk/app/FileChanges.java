package dev.tolk.app;

import dev.tolk.core.UnitOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How many translations a run wrote into each target file, for the report. */
final class FileChanges {
  private FileChanges() {}

  static List<RunReport.FileChange> of(Project project, List<UnitOutcome> outcomes) {
    Map<String, String> targets = new LinkedHashMap<>();
    for (TargetJob job : project.jobs()) {
      targets.put(job.source().relative() + "\u0000" + job.language(), job.targetRelative());
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (UnitOutcome outcome : outcomes) {
      if (outcome instanceof UnitOutcome.Translated translated && !translated.approved()) {
        var ref = outcome.unit().ref();
        String target = targets.get(ref.file() + "\u0000" + ref.language());
        if (target != null) {
          counts.merge(target, 1, Integer::sum);
        }
      }
    }
    List<RunReport.FileChange> changes = new ArrayList<>();
    counts.forEach((file, count) -> changes.add(new RunReport.FileChange(file, count)));
    return changes;
  }

  static List<RunReport.FileChange> merge(
      List<RunReport.FileChange> first, List<RunReport.FileChange> second) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    first.forEach(change -> counts.merge(change.file(), change.translated(), Integer::sum));
    second.forEach(change -> counts.merge(change.file(), change.translated(), Integer::sum));
    List<RunReport.FileChange> merged = new ArrayList<>();
    counts.forEach((file, count) -> merged.add(new RunReport.FileChange(file, count)));
    return merged;
  }
}
