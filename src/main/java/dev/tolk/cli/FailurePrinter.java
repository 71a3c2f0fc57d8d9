package dev.tolk.cli;

import dev.tolk.app.Failure;
import dev.tolk.app.RunReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints a run's failures grouped by cause: a cause shared by more than a few units is one line
 * with a count and examples ("565 units: the API does not know the model ..."), units the stopped
 * run never reached are one line, and the rest are listed one per line.
 */
final class FailurePrinter {
  private static final int LISTED = 5;
  private static final int EXAMPLES = 3;
  private static final int MAX_LINES = 50;

  private FailurePrinter() {}

  static void print(RunReport report, PrintWriter err) {
    Map<String, List<Failure>> byCause = new LinkedHashMap<>();
    for (Failure failure : report.failures()) {
      byCause.computeIfAbsent(failure.reason(), reason -> new ArrayList<>()).add(failure);
    }
    String stopped = report.aborted() == null ? null : "not translated: " + report.aborted();
    int lines = 0;
    for (var cause : byCause.entrySet()) {
      List<Failure> failures = cause.getValue();
      if (lines >= MAX_LINES) {
        err.println("  ... and more failures (--json lists all)");
        return;
      }
      if (cause.getKey().equals(stopped)) {
        err.println(
            "  "
                + Plurals.count(failures.size(), "unit", "units")
                + " not translated: the run stopped");
        lines++;
      } else if (failures.size() > LISTED) {
        err.println(
            "  failed "
                + Plurals.count(failures.size(), "unit", "units")
                + ": "
                + cause.getKey()
                + " (e.g. "
                + String.join(
                    ", ", failures.stream().limit(EXAMPLES).map(FailurePrinter::unit).toList())
                + ")");
        lines++;
      } else {
        for (Failure failure : failures) {
          err.printf("  failed %s: %s%n", unit(failure), failure.reason());
          lines++;
        }
      }
    }
  }

  private static String unit(Failure failure) {
    return failure.file() + " " + failure.key() + " [" + failure.language() + "]";
  }
}
