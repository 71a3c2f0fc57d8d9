package dev.tolk.app;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.tolk.core.RunAbortedException;
import dev.tolk.core.Usage;
import dev.tolk.provider.Estimate;
import java.util.List;

/**
 * The outcome of a run (or of a dry run's plan), printed as text or as one flat JSON document whose
 * fields are these and those of the parts, in snake_case. Built by {@link ReportBuilder}.
 *
 * @param edited translations a person changed since tolk wrote them: kept ("file key [lang]")
 * @param run the batch run's id (for {@code tolk resume}), or null
 * @param aborted why the run stopped early, or null
 */
public record RunReport(
    Status status,
    @JsonUnwrapped Execution execution,
    @JsonUnwrapped Counts counts,
    List<String> edited,
    @JsonUnwrapped Spend spend,
    String run,
    List<String> batches,
    List<String> written,
    List<Failure> failures,
    List<Warning> warnings,
    List<FileProblem> problems,
    String aborted,
    Review review,
    List<FileChange> changes,
    List<String> units) {

  /** What a run wrote into one target file. */
  public record FileChange(String file, int translated) {}

  /**
   * What a review pass did (null when there was none).
   *
   * @param reviewed translations looked at
   * @param approved let stand
   * @param corrected changed, validated and written; each in {@code revisions} with its reason
   */
  public record Review(int reviewed, int approved, int corrected, List<Revision> revisions) {}

  /** A translation a review corrected, and why. */
  public record Revision(
      String file, String key, String language, String before, String after, String reason) {}

  /** This report with another review (an empty one for a review pass with nothing to review). */
  RunReport withReview(Review value) {
    return new RunReport(
        status, execution, counts, edited, spend, run, batches, written, failures, warnings,
        problems, aborted, value, changes, units);
  }

  /** This report with other files written. */
  RunReport withWritten(List<String> files) {
    return new RunReport(
        status, execution, counts, edited, spend, run, batches, files, failures, warnings, problems,
        aborted, review, changes, units);
  }

  /** This translation report followed by a review pass: its result, spend, failures and files. */
  public RunReport followedBy(RunReport pass) {
    List<String> files = new java.util.ArrayList<>(written);
    pass.written().stream().filter(file -> !files.contains(file)).forEach(files::add);
    List<Failure> allFailures = new java.util.ArrayList<>(failures);
    allFailures.addAll(pass.failures());
    List<Warning> allWarnings = new java.util.ArrayList<>(warnings);
    allWarnings.addAll(pass.warnings());
    Spend sum =
        new Spend(
            spend.usage().plus(pass.spend().usage()),
            spend.batchUsage().plus(pass.spend().batchUsage()),
            spend.cost() == null || pass.spend().cost() == null
                ? null
                : spend.cost() + pass.spend().cost(),
            spend.costIfSynchronous() == null || pass.spend().costIfSynchronous() == null
                ? null
                : spend.costIfSynchronous() + pass.spend().costIfSynchronous(),
            spend.estimate());
    return new RunReport(
        pass.status().ordinal() > status.ordinal() ? pass.status() : status,
        execution,
        counts,
        edited,
        sum,
        pass.run() != null ? pass.run() : run,
        pass.run() != null ? pass.batches() : batches,
        List.copyOf(files),
        List.copyOf(allFailures),
        List.copyOf(allWarnings),
        problems,
        aborted != null ? aborted : pass.aborted(),
        pass.review(),
        FileChanges.merge(changes, pass.changes()),
        units);
  }

  /**
   * How the work was carried out.
   *
   * @param mode "sync" or "batch"
   * @param modeReason why that mode was chosen
   */
  public record Execution(
      String mode, String modeReason, boolean dryRun, String provider, String model) {}

  /**
   * @param pending units that needed translating
   * @param translated units translated, validated and written
   * @param upToDate units that already had a translation and were left alone
   * @param stale pending units whose source changed since they were translated
   * @param standIns pending units that only had a stand-in (pseudo-localized) translation
   * @param incomplete pending units whose plural lacked forms their language needs
   * @param reused translations taken over from renamed keys (no request)
   * @param removed keys removed from targets because the source no longer has them
   * @param discarded batch answers not written because their source changed after they were sent
   */
  public record Counts(
      int files,
      int pending,
      int translated,
      int upToDate,
      int failed,
      int stale,
      int standIns,
      int incomplete,
      int reused,
      int removed,
      int discarded) {}

  /**
   * @param usage everything spent; {@code batchUsage} is the part billed at the batch price
   * @param cost dollars spent, or null when the model has no configured price
   * @param costIfSynchronous what the same tokens cost through the Messages API, or null
   * @param estimate for a dry run: the forecast, else null
   */
  public record Spend(
      Usage usage, Usage batchUsage, Double cost, Double costIfSynchronous, Estimate estimate) {}

  /** How the run ended, from best to worst; the CLI maps it to an exit code. */
  public enum Status {
    OK,
    SOME_FAILED,
    INPUT_ERROR,
    API_UNAVAILABLE,
    CONFIGURATION_ERROR,
    BATCH_PENDING;

    /** How a run that had to stop ends. */
    public static Status of(RunAbortedException aborted) {
      return aborted.reason() == RunAbortedException.Cause.CONFIGURATION
          ? CONFIGURATION_ERROR
          : API_UNAVAILABLE;
    }
  }
}
