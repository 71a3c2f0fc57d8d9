package dev.tolk.app;

import dev.tolk.config.Overrides;
import java.util.ArrayList;
import java.util.List;

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
    List<CheckReport.Finding> findings = new ArrayList<>();
    List<CheckReport.Finding> warnings = new ArrayList<>();
    int[] checked = {0};
    ProjectInspector.inspect(
        project,
        Globs.keys(selection.keyPattern()),
        inspection -> {
          checked[0]++;
          String problem = problem(inspection);
          if (problem != null) {
            findings.add(finding(inspection, problem));
          }
          inspection
              .problems()
              .forEach(found -> findings.add(finding(inspection, "invalid: " + found)));
          inspection.warnings().forEach(found -> warnings.add(finding(inspection, found)));
        });
    return new CheckReport(checked[0], findings, warnings, project.problems());
  }

  private static String problem(Inspection inspection) {
    return switch (inspection.state()) {
      case MISSING -> "missing in " + inspection.target();
      case STALE -> "stale: the source changed since it was translated";
      case STALE_AND_EDITED ->
          "stale: the source changed since it was translated (and a person edited the"
              + " translation)";
      case BRIEF_CHANGED ->
          "stale: the context, tone, style or a glossary term it contains changed since it was"
              + " translated";
      case PSEUDO -> "not translated yet: only pseudo-localized";
      case EDITED, TRANSLATED -> null;
    };
  }

  private static CheckReport.Finding finding(Inspection inspection, String problem) {
    return new CheckReport.Finding(
        inspection.file(), inspection.key(), inspection.language(), problem);
  }
}
