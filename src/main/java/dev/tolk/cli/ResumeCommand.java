package dev.tolk.cli;

import dev.tolk.app.ResumeService;
import dev.tolk.app.RunOptions;
import dev.tolk.config.Overrides;
import dev.tolk.provider.ApiChoice;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "resume",
    description =
        "Re-attach to the batches a run journaled: wait, collect, validate, write. Nothing is submitted again.",
    mixinStandardHelpOptions = true)
final class ResumeCommand implements Callable<Integer> {
  @ParentCommand TolkCommand parent;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin Verbosity verbosity = new Verbosity();

  @Parameters(
      arity = "0..1",
      paramLabel = "RUN",
      description = "The run id (default: every unfinished run of the project).")
  String run;

  @CommandLine.Mixin ConfigOption config = new ConfigOption();

  @Option(
      names = "--poll-interval",
      paramLabel = "DURATION",
      description = "How often to check a batch.")
  String pollInterval;

  @Option(
      names = "--max-wait",
      paramLabel = "DURATION",
      description = "Stop waiting after this long (exit 75).")
  String maxWait;

  @Option(
      names = "--no-wait",
      description = "Check once and exit 75 if the batches are still processing.")
  boolean noWait;

  @Option(
      names = "--retry-canceled",
      description =
          "Send the requests of a canceled batch again (by default they are reported as canceled).")
  boolean retryCanceled;

  @Option(names = "--json", description = "Print the summary as one JSON document on stdout.")
  boolean json;

  @Override
  public Integer call() {
    verbosity.apply();
    Overrides flags = Overrides.builder().pollInterval(pollInterval).maxWait(maxWait).build();
    RunOptions options =
        RunOptions.DEFAULT
            .withApi(ApiChoice.BATCH)
            .withNoWait(noWait)
            .withRetryCanceled(retryCanceled);
    ResumeService service = new ResumeService(parent.environment());
    if (run == null && service.unfinished(config.file).isEmpty()) {
      var err = spec.commandLine().getErr();
      err.println("tolk: nothing to resume: every batch run of this project is finished");
      err.flush();
      if (json) {
        spec.commandLine().getOut().println("{\"status\": \"NOTHING_TO_RESUME\"}");
        spec.commandLine().getOut().flush();
      }
      return ExitCodes.OK;
    }
    return Runs.execute(
        spec,
        parent.environment(),
        verbosity,
        json,
        (progress, batches) -> service.resume(config.file, run, flags, options, progress, batches));
  }
}
