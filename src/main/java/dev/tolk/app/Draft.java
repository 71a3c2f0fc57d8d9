package dev.tolk.app;

import dev.tolk.config.ModelPrice;
import dev.tolk.config.Settings;
import dev.tolk.core.RunAbortedException;
import dev.tolk.core.UnitOutcome;
import dev.tolk.core.Usage;
import java.util.ArrayList;
import java.util.List;

/** What is known about a run before its outcomes: turns them into the report. */
record Draft(Project project, String mode, String modeReason, int pending, int upToDate) {

  /** Writes the translated units, then reports. */
  RunReport finish(
      List<UnitOutcome> outcomes,
      Usage usage,
      Usage batchUsage,
      String run,
      List<String> batches,
      RunAbortedException aborted) {
    TargetWriter.Written written = new TargetWriter().write(project.jobs(), outcomes);
    List<Failure> failures = new ArrayList<>();
    boolean unavailable = false;
    for (UnitOutcome outcome : written.outcomes()) {
      if (outcome instanceof UnitOutcome.Failed failed) {
        var ref = failed.unit().ref();
        failures.add(new Failure(ref.file(), ref.key(), ref.language(), failed.reason()));
        unavailable |= failed.apiUnavailable();
      }
    }
    RunReport.Status status;
    if (aborted != null) {
      status = RunReport.Status.of(aborted);
    } else if (!project.problems().isEmpty()) {
      status = RunReport.Status.INPUT_ERROR;
    } else if (unavailable) {
      status = RunReport.Status.API_UNAVAILABLE;
    } else {
      status = failures.isEmpty() ? RunReport.Status.OK : RunReport.Status.SOME_FAILED;
    }
    int translated = written.outcomes().size() - failures.size();
    return build(
        false,
        pending == 0 ? written.outcomes().size() : pending,
        translated,
        failures,
        usage,
        batchUsage,
        null,
        run,
        batches,
        written.files(),
        aborted == null ? null : aborted.getMessage(),
        status);
  }

  /** Nothing was sent: a dry run's plan, or a project with nothing to do. */
  RunReport planned(boolean dryRun, RunReport.Estimate estimate, RunReport.Status status) {
    return build(
        dryRun,
        pending,
        0,
        List.of(),
        Usage.NONE,
        Usage.NONE,
        estimate,
        null,
        List.of(),
        List.of(),
        null,
        status);
  }

  /** A batch run that stopped before its results were written: still processing, or interrupted. */
  RunReport waiting(String run, List<String> batches, String aborted, RunReport.Status status) {
    return build(
        false,
        pending,
        0,
        List.of(),
        Usage.NONE,
        Usage.NONE,
        null,
        run,
        batches,
        List.of(),
        aborted,
        status);
  }

  private RunReport build(
      boolean dryRun,
      int pendingUnits,
      int translated,
      List<Failure> failures,
      Usage usage,
      Usage batchUsage,
      RunReport.Estimate estimate,
      String run,
      List<String> batches,
      List<String> written,
      String aborted,
      RunReport.Status status) {
    Settings settings = project.settings();
    boolean pseudo = settings.provider().equals("pseudo");
    ModelPrice price = pseudo ? new ModelPrice(0, 0, 0, 0, 0) : settings.price();
    Usage synchronousPart = minus(usage, batchUsage);
    Double cost =
        sum(
            Cost.dollars(synchronousPart, price, 1.0),
            Cost.dollars(batchUsage, price, settings.batchDiscount()));
    return new RunReport(
        status,
        mode,
        modeReason,
        dryRun,
        settings.provider(),
        pseudo ? null : settings.model(),
        project.sources(),
        pendingUnits,
        translated,
        upToDate,
        failures.size(),
        usage,
        batchUsage,
        cost,
        Cost.dollars(usage, price, 1.0),
        estimate,
        run,
        batches,
        written,
        failures,
        project.problems(),
        aborted);
  }

  private static Usage minus(Usage a, Usage b) {
    return new Usage(
        a.requests() - b.requests(),
        a.inputTokens() - b.inputTokens(),
        a.outputTokens() - b.outputTokens(),
        a.cacheWriteTokens() - b.cacheWriteTokens(),
        a.cacheReadTokens() - b.cacheReadTokens());
  }

  private static Double sum(Double a, Double b) {
    return a == null || b == null ? null : a + b;
  }
}
