package dev.tolk.cli;

import dev.tolk.anthropic.AnthropicHttp;
import dev.tolk.app.Environment;
import dev.tolk.app.ProjectSelection;
import dev.tolk.app.RunOptions;
import dev.tolk.app.RunRequest;
import dev.tolk.app.RunService;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/** What {@code run} and {@code translate} share: build the request, run it, print, exit. */
abstract class TranslationCommand {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin TranslationOptions options = new TranslationOptions();

  @CommandLine.Mixin Verbosity verbosity = new Verbosity();

  @CommandLine.ParentCommand TolkCommand parent;

  Environment environment() {
    return parent.environment();
  }

  int execute(Path configFile, List<Path> files, String outputPattern) {
    return execute(configFile, files, outputPattern, RunOptions.Pass.TRANSLATE);
  }

  int execute(Path configFile, List<Path> files, String outputPattern, RunOptions.Pass pass) {
    verbosity.apply();
    if (!options.dryRun) {
      AnthropicHttp.warmUpInBackground(); // overlaps reading the project; harmless if unused
    }
    RunRequest request =
        new RunRequest(
            new ProjectSelection(
                configFile, files, outputPattern, options.keyPattern, options.fileFilter),
            options.overrides(),
            options.runOptions().withPass(pass));
    RunService service = new RunService(environment());
    return Runs.execute(
        spec,
        environment(),
        verbosity,
        options.json,
        options.list,
        (progress, batches) -> service.run(request, progress, batches));
  }
}
