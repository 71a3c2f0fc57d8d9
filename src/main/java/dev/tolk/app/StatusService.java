package dev.tolk.app;

import dev.tolk.config.Overrides;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code tolk status}: per source file and language, how many translations are current, missing,
 * stale, edited by a person, pseudo-localized, invalid, warned about and reviewed. Reads the files
 * and tolk.lock only: no API, no key, nothing written.
 */
public final class StatusService {
  private final Environment environment;

  public StatusService(Environment environment) {
    this.environment = environment;
  }

  public StatusReport status(ProjectSelection selection, Overrides overrides) {
    Project project = new ProjectLoader(environment).load(selection, overrides);
    Map<String, StatusReport.Row> rows = new LinkedHashMap<>();
    for (TargetJob job : project.jobs()) {
      String id = job.source().relative() + "\u0000" + job.language();
      rows.put(
          id,
          StatusReport.Row.empty(job.source().relative(), job.language(), job.targetRelative()));
    }
    ProjectInspector.inspect(
        project,
        Globs.keys(selection.keyPattern()),
        inspection ->
            rows.computeIfPresent(
                inspection.file() + "\u0000" + inspection.language(),
                (id, row) -> row.plus(inspection)));
    StatusReport.Row total = StatusReport.Row.empty(null, null, null);
    for (StatusReport.Row row : rows.values()) {
      total = total.plus(row);
    }
    return new StatusReport(new ArrayList<>(rows.values()), total, project.problems());
  }
}
