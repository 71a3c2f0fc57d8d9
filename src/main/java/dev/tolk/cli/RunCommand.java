package dev.tolk.cli;

import dev.tolk.app.Environment;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "run",
    description =
        "Translate the project described by tolk.yaml: only what is missing, validated, written atomically.",
    mixinStandardHelpOptions = true)
final class RunCommand extends TranslationCommand implements Callable<Integer> {
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
    return execute(config, null, null);
  }
}
