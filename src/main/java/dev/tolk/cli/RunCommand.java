package dev.tolk.cli;

import dev.tolk.app.RunOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "run",
    description =
        "Translate the project described by tolk.yaml: only what is missing, validated, written atomically.",
    mixinStandardHelpOptions = true)
class RunCommand extends TranslationCommand implements Callable<Integer> {
  @Mixin ConfigOption config = new ConfigOption();

  @Option(
      names = "--review",
      description =
          "Then review what tolk translated and nobody reviewed yet (a second model call per chunk).")
  boolean review;

  @Override
  public Integer call() {
    return execute(
        config.file,
        null,
        null,
        review ? RunOptions.Pass.TRANSLATE_THEN_REVIEW : RunOptions.Pass.TRANSLATE);
  }
}
