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
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    boolean watching = environment.interactive() && !verbosity.quiet;
    Progress progress = watching ? new TerminalProgress(err) : Progress.NONE;
    BatchStatusPrinter batches =
        new BatchStatusPrinter(err, environment.interactive(), verbosity.quiet);
    RunReport report;
    try (InterruptGuard guard = new InterruptGuard(err, batches::howToContinue)) {
      report = job.run(progress, batches);
    }
    if (json) {
      out.println(ReportJson.render(report));
      report.problems().forEach(problem -> err.println("tolk: " + problem.message()));
      out.flush();
      err.flush();
    } else {
      ReportPrinter.print(report, out, err);
    }
    return ExitCodes.of(report.status());
  }
}
