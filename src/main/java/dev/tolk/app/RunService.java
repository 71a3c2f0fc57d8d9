package dev.tolk.app;

import dev.tolk.batch.BatchExecution;
import dev.tolk.batch.BatchProgress;
import dev.tolk.core.Pipeline;
import dev.tolk.core.PipelineResult;
import dev.tolk.core.Progress;
import dev.tolk.core.Usage;
import dev.tolk.provider.ApiChoice;
import dev.tolk.provider.TranslationProvider;
import dev.tolk.state.AtomicFile;
import dev.tolk.state.Lockfile;
import dev.tolk.state.ProjectLock;
import dev.tolk.state.RunFolder;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main job: read the project, plan what is missing, carry the plan out through the provider's
 * synchronous or batch path, write, report. Unfinished batch runs of the project are resumed first.
 */
public final class RunService {
  private static final Logger LOG = LoggerFactory.getLogger(RunService.class);
  private final Environment environment;

  public RunService(Environment environment) {
    this.environment = environment;
  }

  public RunReport run(RunRequest request, Progress progress, BatchProgress batchProgress) {
    ProjectLoader loader = new ProjectLoader(environment);
    Project project = loader.load(request.project(), request.overrides());
    TranslationProvider provider = ProviderFactory.create(project.settings(), environment);
    if (request.options().dryRun()) {
      RunPlan plan = plan(project, Lockfile.load(project.lockFile()), provider, request);
      return reviewed(
          request, ReportBuilder.of(plan).planned(true, provider.estimate(plan.chunks())).build());
    }
    try (ProjectLock lock = ProjectLock.acquire(project.stateFolder())) {
      removeLeftovers(project);
      List<RunReport> collected = new ArrayList<>();
      if (provider.batches().isPresent()) {
        ResumeService resumes = new ResumeService(environment);
        List<RunFolder> unfinished = RunFolder.unfinished(project.stateFolder());
        for (RunFolder folder : unfinished) {
          RunReport resumed =
              resumes.resume(
                  folder, request.overrides(), request.options(), progress, batchProgress);
          if (resumed.status() == RunReport.Status.BATCH_PENDING || resumed.aborted() != null) {
            return ReportMerge.of(collected, resumed);
          }
          collected.add(resumed);
        }
        if (!unfinished.isEmpty()) {
          project = loader.load(request.project(), request.overrides()); // their results are in
        }
      }
      RunReport report =
          ReportMerge.of(collected, translate(project, provider, request, progress, batchProgress));
      if (request.options().pass() == RunOptions.Pass.TRANSLATE_THEN_REVIEW
          && report.status() != RunReport.Status.BATCH_PENDING
          && report.aborted() == null) {
        RunRequest review =
            new RunRequest(
                request.project(),
                request.overrides(),
                request.options().withPass(RunOptions.Pass.REVIEW).withForce(false));
        Project translated = loader.load(request.project(), request.overrides());
        report =
            report.followedBy(
                reviewed(review, translate(translated, provider, review, progress, batchProgress)));
      }
      return reviewed(request, report);
    }
  }

  /** A review pass's report says so even when there was nothing to review. */
  private static RunReport reviewed(RunRequest request, RunReport report) {
    if (request.options().pass() != RunOptions.Pass.REVIEW || report.review() != null) {
      return report;
    }
    return report.withReview(new RunReport.Review(0, 0, 0, List.of()));
  }

  /** Plans and carries out the project's pending work (the project lock held). */
  private RunReport translate(
      Project project,
      TranslationProvider provider,
      RunRequest request,
      Progress progress,
      BatchProgress batchProgress) {
    Lockfile lockfile = Lockfile.load(project.lockFile()); // read once: planned, then updated
    RunPlan plan = plan(project, lockfile, provider, request);
    ProjectWriter writer = new ProjectWriter(project, lockfile, provider);
    List<String> local =
        plan.changes().any() ? writer.applyLocalChanges(plan.changes()).files() : List.of();
    if (plan.pending().isEmpty()) {
      return ReportBuilder.of(plan).planned(false, null).wrote(local).build();
    }
    if (plan.mode().batch()) {
      if (request.options().api() == ApiChoice.AUTO) {
        batchProgress.chose(plan.mode().reason());
      }
      BatchRuns batches = new BatchRuns(environment);
      BatchExecution execution =
          batches.execution(plan, request.options(), progress, batchProgress);
      RunFolder folder = RunFolder.create(project.stateFolder(), environment.clock().instant());
      BatchExecution.Result result =
          execution.start(
              folder, plan.chunks(), StoredRequests.of(request, environment.workingDirectory()));
      return withFilesFirst(local, batches.finish(plan, writer, folder, result));
    }
    PipelineResult result =
        new Pipeline(
                provider.synchronous(),
                provider.concurrency(project.settings().concurrency()),
                progress,
                QualityRules.checks(project.settings(), provider))
            .run(plan.chunks());
    return ReportBuilder.of(plan)
        .outcomes(writer.write(result.outcomes()), result.usage(), Usage.NONE)
        .wrote(local)
        .aborted(result.aborted())
        .build();
  }

  /** The report with files written before the batch (reused translations) listed too. */
  private static RunReport withFilesFirst(List<String> files, RunReport report) {
    if (files.isEmpty()) {
      return report;
    }
    List<String> written = new ArrayList<>(files);
    report.written().stream().filter(file -> !written.contains(file)).forEach(written::add);
    return report.withWritten(written);
  }

  /** Temporary files of writes a killed process never finished: tolk's own, nothing else. */
  private static void removeLeftovers(Project project) {
    int removed = AtomicFile.removeLeftovers(project.lockFile());
    for (TargetJob job : project.jobs()) {
      removed += AtomicFile.removeLeftovers(job.targetPath());
    }
    if (removed > 0) {
      LOG.info("removed {} temporary files left by an interrupted write", removed);
    }
  }

  private static RunPlan plan(
      Project project, Lockfile lockfile, TranslationProvider provider, RunRequest request) {
    return request.options().pass() == RunOptions.Pass.REVIEW
        ? ReviewPlanner.plan(project, lockfile, provider, request.project(), request.options())
        : RunPlanner.plan(project, lockfile, provider, request.project(), request.options());
  }
}
