package dev.tolk.cli;

import dev.tolk.app.Starter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "init",
    description = "Write a commented starter tolk.yaml here.",
    mixinStandardHelpOptions = true)
final class InitCommand implements Callable<Integer> {
  @ParentCommand TolkCommand parent;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-t", "--target-lang"},
      split = ",",
      paramLabel = "LANG",
      description = "Target languages (default: fr,de).")
  java.util.List<String> targets;

  @Override
  public Integer call() {
    Path written = new Starter(parent.environment()).write(targets);
    spec.commandLine()
        .getOut()
        .println("wrote " + written + ": edit the files section, then run `tolk run --dry-run`");
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
