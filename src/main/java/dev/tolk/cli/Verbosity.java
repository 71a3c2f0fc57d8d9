package dev.tolk.cli;

import picocli.CommandLine.Option;

/** -v / -q: raise or lower how much tolk logs to stderr (warnings by default). */
public final class Verbosity {
  @Option(
      names = {"-v", "--verbose"},
      description = "Say more on stderr (-vv for debug).")
  boolean[] verbose = new boolean[0];

  @Option(
      names = {"-q", "--quiet"},
      description = "Only errors on stderr; no progress.")
  boolean quiet;

  void apply() {
    String level =
        quiet ? "ERROR" : verbose.length >= 2 ? "DEBUG" : verbose.length == 1 ? "INFO" : null;
    if (level != null) {
      Logging.setLevel(level);
    }
  }
}
