package dev.tolk.cli;

import dev.tolk.app.Environment;
import dev.tolk.app.MemoryBudget;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Builds the command line once, with tolk's writers, error handler and exit codes. */
public final class Cli {
  private Cli() {}

  private static void applyExitCodes(CommandLine commandLine) {
    commandLine
        .getCommandSpec()
        .usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(ExitCodes.HELP);
    commandLine.getSubcommands().values().forEach(Cli::applyExitCodes);
  }

  /** The command tree, every command with only its own options and the exit codes in its help. */
  static CommandLine build(Environment environment, PrintWriter out, PrintWriter err) {
    CommandLine commandLine =
        new CommandLine(new TolkCommand(environment))
            .setOut(out)
            .setErr(err)
            .setExecutionExceptionHandler(new ErrorHandler())
            .setParameterExceptionHandler(new ParameterErrors())
            .setCaseInsensitiveEnumValuesAllowed(true);
    applyExitCodes(commandLine);
    OnlyTheirOptions.prune(commandLine);
    return commandLine;
  }

  public static int run(Environment environment, PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = build(environment, out, err);
    try {
      return commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      err.println("tolk: " + MemoryBudget.advice(Runtime.getRuntime().maxMemory()));
      err.flush();
      return ExitCodes.USAGE;
    }
  }
}
