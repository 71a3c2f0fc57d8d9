package dev.tolk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "run",
    description =
        "Translate the project described by tolk.yaml: only what is missing, validated, written atomically.",
    mixinStandardHelpOptions = true)
class RunCommand extends TranslationCommand implements Callable<Integer> {
  @Mixin ConfigOption config = new ConfigOption();

  @Override
  public Integer call() {
    return execute(config.file, null, null);
  }
}
