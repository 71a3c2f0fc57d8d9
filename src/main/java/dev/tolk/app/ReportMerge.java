package dev.tolk.app;

import dev.tolk.core.Usage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One report of a {@code tolk run} that first collected the project's pending batch runs: what that
 * collection wrote, failed and cost, added to what the run itself did.
 */
final class ReportMerge {
  private ReportMerge() {}

  static RunReport of(List<RunReport> collected, RunReport run) {
    if (collected.isEmpty()) {
      return run;
    }
    RunReport.Status status = run.status();
    int pending = run.counts().pending();
    int translated = run.counts().translated();
    int failed = run.counts().failed();
    int reused = run.counts().reused();
    int removed = run.counts().removed();
    int discarded = run.counts().discarded();
    Usage usage = Usage.NONE;
    Usage batchUsage = Usage.NONE;
    Double cost = 0.0;
    Double costIfSynchronous = 0.0;
    List<String> batches = new ArrayList<>();
    LinkedHashSet<String> written = new LinkedHashSet<>();
    List<Failure> failures = new ArrayList<>();
    List<Warning> warnings = new ArrayList<>();
    String runId = run.run();
    for (RunReport earlier : collected) {
      status = status.ordinal() >= earlier.status().ordinal() ? status : earlier.status();
      pending += earlier.counts().pending();
      translated += earlier.counts().translated();
      failed += earlier.counts().failed();
      reused += earlier.counts().reused();
      removed += earlier.counts().removed();
      discarded += earlier.counts().discarded();
      usage = usage.plus(earlier.spend().usage());
      batchUsage = batchUsage.plus(earlier.spend().batchUsage());
      cost = sum(cost, earlier.spend().cost());
      costIfSynchronous = sum(costIfSynchronous, earlier.spend().costIfSynchronous());
      batches.addAll(earlier.batches());
      written.addAll(earlier.written());
      failures.addAll(earlier.failures());
      warnings.addAll(earlier.warnings());
      runId = runId != null ? runId : earlier.run();
    }
    batches.addAll(run.batches());
    written.addAll(run.written());
    failures.addAll(run.failures());
    warnings.addAll(run.warnings());
    var counts = run.counts();
    // what the collection wrote, the run's own plan then found up to date
    int upToDate = Math.max(0, counts.upToDate() - (translated - counts.translated()));
    var merged =
        new RunReport.Counts(
            counts.files(),
            pending,
            translated,
            upToDate,
            failed,
            counts.stale(),
            counts.standIns(),
            counts.incomplete(),
            reused,
            removed,
            discarded);
    var spend =
        new RunReport.Spend(
            usage.plus(run.spend().usage()),
            batchUsage.plus(run.spend().batchUsage()),
            sum(cost, run.spend().cost()),
            sum(costIfSynchronous, run.spend().costIfSynchronous()),
            run.spend().estimate());
    return new RunReport(
        status,
        run.execution(),
        merged,
        run.edited(),
        spend,
        runId,
        batches,
        List.copyOf(written),
        failures,
        warnings,
        run.problems(),
        run.aborted(),
        run.review(),
        FileChanges.merge(
            collected.stream().flatMap(earlier -> earlier.changes().stream()).toList(),
            run.changes()),
        run.units());
  }

  /** Null (no configured price) wins: a partial sum would be wrong. */
  private static Double sum(Double a, Double b) {
    return a == null || b == null ? null : a + b;
  }
}
