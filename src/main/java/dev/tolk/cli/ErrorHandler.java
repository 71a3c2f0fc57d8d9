package dev.tolk.cli;

import dev.tolk.core.ConfigurationException;
import dev.tolk.core.InputException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/** Turns any exception that escapes a command into one actionable line and an exit code. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    var err = commandLine.getErr();
    boolean verbose =
        parseResult.expandedArgs().stream().anyMatch(arg -> arg.matches("-v+|--verbose"));
    int code;
    String message;
    if (exception instanceof ConfigurationException) {
      code = ExitCodes.CONFIGURATION;
      message = exception.getMessage();
    } else if (exception instanceof InputException) {
      code = ExitCodes.USAGE;
      message = exception.getMessage();
    } else if (exception instanceof UncheckedIOException) {
      code = ExitCodes.USAGE;
      message = exception.getCause().getMessage();
    } else {
      code = ExitCodes.SOME_FAILED;
      message = "internal error: " + exception + (verbose ? "" : " (run with -v for details)");
    }
    err.println(commandLine.getColorScheme().errorText("tolk: " + message));
    if (verbose) {
      exception.printStackTrace(err);
    }
    err.flush();
    return code;
  }
}
