package dev.tolk.app;

import dev.tolk.core.Usage;
import java.util.List;

/**
 * The outcome of a run (or of a dry run's plan), printed as text or JSON.
 *
 * @param mode "sync" (or "dry-run" when nothing was sent)
 * @param pending units that needed translating
 * @param translated units translated, validated and written
 * @param upToDate units that already had a translation and were left alone
 * @param cost dollars spent, or null when the model has no configured price
 * @param estimatedCost for a dry run: what the pending units would cost, or null
 * @param aborted why the run stopped early, or null
 */
public record RunReport(
    Status status,
    String mode,
    String provider,
    String model,
    int files,
    int pending,
    int translated,
    int upToDate,
    int failed,
    Usage usage,
    Double cost,
    Estimate estimate,
    List<String> written,
    List<Failure> failures,
    List<FileProblem> problems,
    String aborted) {

  /** How the run ended, from best to worst; the CLI maps it to an exit code. */
  public enum Status {
    OK,
    SOME_FAILED,
    INPUT_ERROR,
    API_UNAVAILABLE,
    CONFIGURATION_ERROR
  }

  /** A dry run's forecast: requests, tokens and dollars. */
  public record Estimate(
      int requests, long inputTokens, long outputTokens, long cachedTokens, Double dollars) {}
}
