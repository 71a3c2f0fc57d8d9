package dev.tolk.cli;

import dev.tolk.app.Environment;
import dev.tolk.app.ReportJson;
import dev.tolk.app.RunReport;
import dev.tolk.app.RunRequest;
import dev.tolk.app.TranslationService;
import dev.tolk.core.Progress;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/** What {@code run} and {@code translate} share: build the request, run it, print, exit. */
abstract class TranslationCommand {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin TranslationOptions options = new TranslationOptions();

  @CommandLine.Mixin Verbosity verbosity = new Verbosity();

  abstract Environment environment();

  int execute(Path configFile, List<Path> files, String outputPattern) {
    verbosity.apply();
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    RunRequest request =
        new RunRequest(
            configFile,
            files,
            outputPattern,
            options.sourceLanguage,
            options.targets,
            options.provider,
            options.model,
            options.concurrency,
            options.force,
            options.dryRun);
    Environment environment = environment();
    Progress progress =
        environment.interactive() && !verbosity.quiet ? new TerminalProgress(err) : Progress.NONE;
    RunReport report = new TranslationService(environment).run(request, progress);
    if (options.json) {
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
