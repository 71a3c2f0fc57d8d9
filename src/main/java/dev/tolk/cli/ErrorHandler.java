package dev.tolk.cli;

import picocli.CommandLine;

/**
 * Turns any exception that escapes a command into one actionable line and an exit code ({@link
 * KnownErrors}); only a bug is an "internal error".
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    var err = commandLine.getErr();
    boolean verbose =
        parseResult.expandedArgs().stream().anyMatch(arg -> arg.matches("-v+|--verbose"));
    KnownErrors.Known known = KnownErrors.of(exception);
    int code = known != null ? known.code() : ExitCodes.SOME_FAILED;
    String message =
        ParameterErrors.redact(
            known != null
                ? known.message()
                : "internal error: " + exception + (verbose ? "" : " (run with -v for details)"),
            parseResult.originalArgs().toArray(String[]::new));
    err.println(commandLine.getColorScheme().errorText("tolk: " + message));
    if (verbose) {
      exception.printStackTrace(err);
    }
    err.flush();
    return code;
  }
}
