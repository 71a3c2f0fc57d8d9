package dev.tolk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tolk.anthropic.Json;
import dev.tolk.app.StatusReport;
import dev.tolk.app.StatusService;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "status",
    description =
        "Where the project stands, per file and language: translated, missing, stale, edited by a"
            + " person, invalid. No API, no key; writes nothing.",
    mixinStandardHelpOptions = true)
final class StatusCommand implements Callable<Integer> {
  @ParentCommand TolkCommand parent;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin Verbosity verbosity = new Verbosity();

  @CommandLine.Mixin InspectionOptions inspection = new InspectionOptions();

  @Option(names = "--json", description = "Print the status as one JSON document on stdout.")
  boolean json;

  @Override
  public Integer call() throws JsonProcessingException {
    verbosity.apply();
    StatusReport report =
        new StatusService(parent.environment())
            .status(inspection.selection(), inspection.overrides());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    report.problems().forEach(problem -> err.println("tolk: " + problem.message()));
    if (json) {
      out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
    } else {
      print(report, out);
    }
    out.flush();
    err.flush();
    return report.problems().isEmpty() ? ExitCodes.OK : ExitCodes.USAGE;
  }

  private static final String[] HEADINGS = {
    "file",
    "language",
    "keys",
    "done",
    "missing",
    "stale",
    "edited",
    "stand-in",
    "invalid",
    "reviewed"
  };

  private static void print(StatusReport report, PrintWriter out) {
    List<String[]> lines = new ArrayList<>();
    lines.add(HEADINGS);
    for (StatusReport.Row row : report.rows()) {
      lines.add(cells(row.target(), row.language(), row));
    }
    lines.add(cells("total", "", report.total()));
    int[] widths = new int[HEADINGS.length];
    for (String[] line : lines) {
      for (int i = 0; i < line.length; i++) {
        widths[i] = Math.max(widths[i], line[i].length());
      }
    }
    for (String[] line : lines) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < line.length; i++) {
        String cell =
            i < 2
                ? String.format(Locale.ROOT, "%-" + widths[i] + "s", line[i])
                : String.format(Locale.ROOT, "%" + widths[i] + "s", line[i]);
        text.append(i == 0 ? "" : "  ").append(cell);
      }
      out.println(text.toString().stripTrailing());
    }
    StatusReport.Row total = report.total();
    if (total.complete()) {
      out.println("complete: every translation is there, current and valid");
    } else {
      out.printf(
          "to do: %s (`tolk run`)%s%n",
          Plurals.count(
              total.missing() + total.stale() + total.standIns(), "translation", "translations"),
          total.invalid() > 0 ? "; " + total.invalid() + " invalid (`tolk check` lists them)" : "");
    }
    if (total.warnings() > 0) {
      out.printf(
          "%s with warnings (`tolk check` lists them)%n",
          Plurals.count(total.warnings(), "translation", "translations"));
    }
  }

  private static String[] cells(String file, String language, StatusReport.Row row) {
    return new String[] {
      file,
      language,
      Integer.toString(row.keys()),
      Integer.toString(row.translated()),
      Integer.toString(row.missing()),
      Integer.toString(row.stale()),
      Integer.toString(row.edited()),
      Integer.toString(row.standIns()),
      Integer.toString(row.invalid()),
      Integer.toString(row.reviewed())
    };
  }
}
