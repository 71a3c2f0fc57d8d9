package dev.tolk.cli;

import dev.tolk.app.Failure;
import dev.tolk.app.RunReport;
import dev.tolk.app.Warning;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints a run's failures and warnings grouped by cause: a cause shared by more than a few units is
 * one line with a count and examples ("565 units: the API does not know the model ..."), units the
 * stopped run never reached are one line, and the rest are listed one per line.
 */
final class FailurePrinter {
  private static final int LISTED = 5;
  private static final int EXAMPLES = 3;
  private static final int MAX_LINES = 50;

  /** One unit and what was said of it. */
  private record Row(String unit, String cause) {}

  private FailurePrinter() {}

  static void print(RunReport report, PrintWriter err) {
    List<Row> failures = new ArrayList<>();
    for (Failure failure : report.failures()) {
      failures.add(
          new Row(unit(failure.file(), failure.key(), failure.language()), failure.reason()));
    }
    String stopped = report.aborted() == null ? null : "not translated: " + report.aborted();
    print(failures, "failed", stopped, err);
    List<Row> warnings = new ArrayList<>();
    for (Warning warning : report.warnings()) {
      warnings.add(
          new Row(unit(warning.file(), warning.key(), warning.language()), warning.warning()));
    }
    print(warnings, "warning", null, err);
  }

  private static void print(List<Row> rows, String label, String stopped, PrintWriter err) {
    Map<String, List<Row>> byCause = new LinkedHashMap<>();
    for (Row row : rows) {
      byCause.computeIfAbsent(row.cause(), cause -> new ArrayList<>()).add(row);
    }
    int lines = 0;
    for (var cause : byCause.entrySet()) {
      List<Row> units = cause.getValue();
      if (lines >= MAX_LINES) {
        err.println("  ... and more (--json lists all)");
        return;
      }
      if (cause.getKey().equals(stopped)) {
        err.println(
            "  "
                + Plurals.count(units.size(), "unit", "units")
                + " not translated: the run stopped");
        lines++;
      } else if (units.size() > LISTED) {
        err.println(
            "  "
                + label
                + " "
                + Plurals.count(units.size(), "unit", "units")
                + ": "
                + cause.getKey()
                + " (e.g. "
                + String.join(", ", units.stream().limit(EXAMPLES).map(Row::unit).toList())
                + ")");
        lines++;
      } else {
        for (Row row : units) {
          err.printf("  %s %s: %s%n", label, row.unit(), row.cause());
          lines++;
        }
      }
    }
  }

  private static String unit(String file, String key, String language) {
    return file + " " + key + " [" + language + "]";
  }
}
