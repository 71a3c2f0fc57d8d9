package dev.tolk.cli;

import dev.tolk.app.Starter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "init",
    description =
        "Write a tolk.yaml for this project: finds its localization files and languages, and adds"
            + " .tolk/ to .gitignore.",
    mixinStandardHelpOptions = true)
final class InitCommand implements Callable<Integer> {
  @ParentCommand TolkCommand parent;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-t", "--target-lang"},
      split = ",",
      paramLabel = "LANG",
      description = "Target languages (default: those already in the project, else fr,de).")
  java.util.List<String> targets;

  @Override
  public Integer call() {
    Starter.Result result = new Starter(parent.environment()).write(targets);
    var out = spec.commandLine().getOut();
    if (result.found().isEmpty()) {
      out.println("found no localization files where frameworks keep them");
    } else {
      out.println("found:");
      result.found().forEach(found -> out.println("  " + found));
    }
    out.println(
        "wrote "
            + result.file()
            + " (targets: "
            + String.join(", ", result.targets())
            + ") and added .tolk/ to .gitignore");
    out.println("next: `tolk status`, then `tolk run --dry-run`");
    out.flush();
    return ExitCodes.OK;
  }
}
