package dev.tolk.cli;

import dev.tolk.app.RunReport;

/** tolk's exit codes: the one table, shown in --help and the README. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int SOME_FAILED = 1;
  public static final int USAGE = 2;
  public static final int CONFIGURATION = 3;
  public static final int API_UNAVAILABLE = 4;
  public static final int CHECK_FAILED = 5;
  public static final int BATCH_PENDING = 75;
  public static final int INTERRUPTED = 130;

  private ExitCodes() {}

  static int of(RunReport.Status status) {
    return switch (status) {
      case OK -> OK;
      case SOME_FAILED -> SOME_FAILED;
      case INPUT_ERROR -> USAGE;
      case API_UNAVAILABLE -> API_UNAVAILABLE;
      case CONFIGURATION_ERROR -> CONFIGURATION;
      case BATCH_PENDING -> BATCH_PENDING;
    };
  }
}
