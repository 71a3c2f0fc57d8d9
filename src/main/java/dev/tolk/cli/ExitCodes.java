package dev.tolk.cli;

import dev.tolk.app.RunReport;
import java.util.LinkedHashMap;
import java.util.Map;

/** tolk's exit codes: the one table, shown in --help and the README. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int SOME_FAILED = 1;
  public static final int USAGE = 2;
  public static final int CONFIGURATION = 3;
  public static final int API_UNAVAILABLE = 4;
  public static final int CHECK_FAILED = 5;
  public static final int CANNOT_WRITE = 74;
  public static final int BATCH_PENDING = 75;
  public static final int INTERRUPTED = 130;

  /** The table shown under "Exit codes" in every command's --help, in this order. */
  static final Map<String, String> HELP = new LinkedHashMap<>();

  static {
    HELP.put(" 0", "all done");
    HELP.put(" 1", "some units failed (the rest were written)");
    HELP.put(" 2", "usage or input error");
    HELP.put(" 3", "configuration or authentication error");
    HELP.put(" 4", "API unreachable or gave up after retries");
    HELP.put(" 5", "check found missing, stale or invalid translations");
    HELP.put("74", "a file could not be written (disk full, no permission); none is half-written");
    HELP.put("75", "batch submitted and still processing (--no-wait)");
    HELP.put("130", "interrupted (resumable)");
  }

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
