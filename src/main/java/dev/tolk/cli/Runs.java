package dev.tolk.cli;

import dev.tolk.app.Environment;
import dev.tolk.app.ReportJson;
import dev.tolk.app.RunReport;
import dev.tolk.batch.BatchProgress;
import dev.tolk.core.Progress;
import picocli.CommandLine;

/**
 * Runs a translation job with progress and interrupt handling, prints its report, returns the exit
 * code.
 */
final class Runs {
  private Runs() {}

  interface Job {
    RunReport run(Progress progress, BatchProgress batches);
  }

  static int execute(
      CommandLine.Model.CommandSpec spec,
      Environment environment,
      Verbosity verbosity,
      boolean json,
      Job job) {
    return execute(spec, environment, verbosity, json, false, job);
  }

  /**
   * @param list for a dry run: list the units it would send
   */
  static int execute(
      CommandLine.Model.CommandSpec spec,
      Environment environment,
      Verbosity verbosity,
      boolean json,
      boolean list,
      Job job) {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    boolean watching = environment.interactive() && !verbosity.quiet;
    StatusLine line = new StatusLine(err, StatusLine.columns(environment.variable("COLUMNS")));
    Progress progress = watching ? new TerminalProgress(line) : Progress.NONE;
    BatchStatusPrinter batches =
        new BatchStatusPrinter(
            err, environment.interactive(), verbosity.quiet, line, environment.clock());
    RunReport report;
    try (InterruptGuard guard = new InterruptGuard(err, batches::howToContinue)) {
      report = job.run(progress, batches);
    } finally {
      line.clear();
    }
    if (json) {
      out.println(ReportJson.render(report));
      report.problems().forEach(problem -> err.println("tolk: " + problem.message()));
      out.flush();
      err.flush();
    } else {
      ReportPrinter.print(report, out, err, list);
    }
    return ExitCodes.of(report.status());
  }
}
