package dev.tolk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tolk.anthropic.Json;
import dev.tolk.app.CheckReport;
import dev.tolk.app.CheckService;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "check",
    description =
        "CI gate: calls no API, writes nothing; exits 5 when a translation is missing, stale or invalid.",
    mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {
  @ParentCommand TolkCommand parent;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin Verbosity verbosity = new Verbosity();

  @CommandLine.Mixin InspectionOptions inspection = new InspectionOptions();

  @Option(names = "--json", description = "Print the findings as one JSON document on stdout.")
  boolean json;

  @Override
  public Integer call() throws JsonProcessingException {
    verbosity.apply();
    CheckReport report =
        new CheckService(parent.environment())
            .check(inspection.selection(), inspection.overrides());
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    report.problems().forEach(problem -> err.println("tolk: " + problem.message()));
    if (json) {
      out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
    } else {
      for (CheckReport.Finding finding : report.findings()) {
        out.printf(
            "%s %s [%s]: %s%n",
            finding.file(), finding.key(), finding.language(), finding.problem());
      }
      for (CheckReport.Finding warning : report.warnings()) {
        out.printf(
            "%s %s [%s]: warning: %s%n",
            warning.file(), warning.key(), warning.language(), warning.problem());
      }
      out.printf(
          "%s: %d translations checked, %d findings%s%n",
          report.findings().isEmpty() && report.problems().isEmpty() ? "ok" : "check failed",
          report.checked(),
          report.findings().size(),
          report.warnings().isEmpty()
              ? ""
              : ", " + Plurals.count(report.warnings().size(), "warning", "warnings"));
    }
    out.flush();
    err.flush();
    if (!report.problems().isEmpty()) {
      return ExitCodes.USAGE;
    }
    return report.findings().isEmpty() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
  }
}
