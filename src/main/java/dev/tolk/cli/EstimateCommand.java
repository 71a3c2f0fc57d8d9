package dev.tolk.cli;

import dev.tolk.app.Environment;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "estimate",
    description =
        "Tokens and cost of the pending work, through the Messages API and the Batch API; sends and writes nothing.",
    mixinStandardHelpOptions = true)
final class EstimateCommand extends TranslationCommand implements Callable<Integer> {
  @ParentCommand TolkCommand parent;

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description = "The project config (default: ./tolk.yaml).")
  Path config;

  @Override
  Environment environment() {
    return parent.environment();
  }

  @Override
  public Integer call() {
    options.dryRun = true;
    return execute(config, null, null);
  }
}
