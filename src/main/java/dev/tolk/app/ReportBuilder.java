package dev.tolk.app;

import dev.tolk.core.RunAbortedException;
import dev.tolk.core.UnitOutcome;
import dev.tolk.core.Usage;
import dev.tolk.provider.Costs;
import dev.tolk.provider.Estimate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a plan and what became of it into the report, and decides its status. Pure: it reads
 * nothing and writes nothing.
 */
final class ReportBuilder {
  private final RunPlan plan;
  private boolean dryRun;
  private Estimate estimate;
  private int translated;
  private int pending;
  private List<Failure> failures = List.of();
  private List<Warning> warnings = List.of();
  private RunReport.Review review;
  private List<RunReport.FileChange> changes = List.of();
  private boolean unavailable;
  private Usage usage = Usage.NONE;
  private Usage batchUsage = Usage.NONE;
  private String run;
  private List<String> batches = List.of();
  private List<String> written = List.of();
  private String aborted;
  private int discarded;
  private RunReport.Status status;

  private ReportBuilder(RunPlan plan) {
    this.plan = plan;
    this.pending = plan.pending().size();
  }

  static ReportBuilder of(RunPlan plan) {
    return new ReportBuilder(plan);
  }

  /** Nothing was sent: a dry run's forecast, or a project with nothing to do. */
  ReportBuilder planned(boolean dryRun, Estimate estimate) {
    this.dryRun = dryRun;
    this.estimate = estimate;
    return this;
  }

  /** The outcomes as written, and what they cost. */
  ReportBuilder outcomes(TargetWriter.Written written, Usage usage, Usage batchUsage) {
    List<Failure> failed = new ArrayList<>();
    List<Warning> noticed = new ArrayList<>();
    for (UnitOutcome outcome : written.outcomes()) {
      if (outcome instanceof UnitOutcome.Translated translated) {
        var ref = translated.unit().ref();
        if (translated.review() != null) {
          reviewedOne(translated);
        }
        translated
            .warnings()
            .forEach(
                warning ->
                    noticed.add(new Warning(ref.file(), ref.key(), ref.language(), warning)));
      }
      if (outcome instanceof UnitOutcome.Failed failure) {
        var ref = failure.unit().ref();
        failed.add(new Failure(ref.file(), ref.key(), ref.language(), failure.reason()));
        unavailable |= failure.apiUnavailable();
      }
    }
    this.failures = failed;
    this.warnings = noticed;
    this.changes = FileChanges.of(plan.project(), written.outcomes());
    this.translated =
        written.outcomes().size() - failed.size() - (review == null ? 0 : review.reviewed());
    if (plan.chunks().stream().anyMatch(dev.tolk.core.Chunk::review) && review == null) {
      review = new RunReport.Review(0, 0, 0, List.of());
    }
    if (pending == 0) {
      pending = written.outcomes().size(); // a resumed run learns its units from its journal
    }
    this.written = written.files();
    this.usage = usage;
    this.batchUsage = batchUsage;
    return this;
  }

  private void reviewedOne(UnitOutcome.Translated outcome) {
    RunReport.Review before = review == null ? new RunReport.Review(0, 0, 0, List.of()) : review;
    List<RunReport.Revision> revisions = new ArrayList<>(before.revisions());
    if (outcome.review().changed()) {
      var ref = outcome.unit().ref();
      revisions.add(
          new RunReport.Revision(
              ref.file(),
              ref.key(),
              ref.language(),
              outcome.review().before().canonical(),
              outcome.message().canonical(),
              outcome.review().reason()));
    }
    review =
        new RunReport.Review(
            before.reviewed() + 1,
            before.approved() + (outcome.review().changed() ? 0 : 1),
            before.corrected() + (outcome.review().changed() ? 1 : 0),
            List.copyOf(revisions));
  }

  /** Batch answers left unwritten because their source changed after they were sent. */
  ReportBuilder discarded(int answers) {
    this.discarded = answers;
    if (plan.pending().isEmpty()) {
      pending += answers; // a resumed run: they were among its units
    }
    return this;
  }

  /** Files written before the translations (reused translations, removed keys), listed first. */
  ReportBuilder wrote(List<String> files) {
    List<String> all = new ArrayList<>(files);
    written.stream().filter(file -> !all.contains(file)).forEach(all::add);
    this.written = all;
    return this;
  }

  /** The batch run the work went through. */
  ReportBuilder batches(String run, List<String> batches) {
    this.run = run;
    this.batches = batches;
    return this;
  }

  /** The run stopped early, resumable. */
  ReportBuilder aborted(RunAbortedException aborted) {
    if (aborted != null) {
      this.aborted = aborted.getMessage();
      this.status = RunReport.Status.of(aborted);
    }
    return this;
  }

  /** The run stopped early for this reason, with this status. */
  ReportBuilder stopped(String reason, RunReport.Status status) {
    this.aborted = reason;
    this.status = status;
    return this;
  }

  RunReport build() {
    Project project = plan.project();
    var provider = plan.provider();
    Costs costs = provider.cost(usage, batchUsage);
    PlanCounts counts = plan.counts();
    var execution =
        new RunReport.Execution(
            plan.mode().batch() ? "batch" : "sync",
            plan.mode().reason(),
            dryRun,
            provider.name(),
            provider.model());
    var tally =
        new RunReport.Counts(
            project.sources(),
            pending,
            translated,
            counts.upToDate(),
            failures.size(),
            counts.stale(),
            counts.standIns(),
            counts.incomplete(),
            plan.changes().reused().size(),
            plan.changes().removed(),
            discarded);
    var spend =
        new RunReport.Spend(usage, batchUsage, costs.spent(), costs.ifSynchronous(), estimate);
    return new RunReport(
        status != null ? status : status(project),
        execution,
        tally,
        List.copyOf(counts.edited()),
        spend,
        run,
        batches,
        written,
        failures,
        warnings,
        project.problems(),
        aborted,
        review,
        changes,
        dryRun ? plan.pending().stream().map(unit -> unit.ref().toString()).toList() : List.of());
  }

  private RunReport.Status status(Project project) {
    if (!project.problems().isEmpty()) {
      return RunReport.Status.INPUT_ERROR;
    }
    if (unavailable) {
      return RunReport.Status.API_UNAVAILABLE;
    }
    return failures.isEmpty() ? RunReport.Status.OK : RunReport.Status.SOME_FAILED;
  }
}
