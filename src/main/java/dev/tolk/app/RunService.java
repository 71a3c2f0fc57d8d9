package dev.tolk.app;

import dev.tolk.batch.BatchExecution;
import dev.tolk.batch.BatchProgress;
import dev.tolk.core.Pipeline;
import dev.tolk.core.PipelineResult;
import dev.tolk.core.Progress;
import dev.tolk.core.Usage;
import dev.tolk.provider.TranslationProvider;
import dev.tolk.state.AtomicFile;
import dev.tolk.state.Lockfile;
import dev.tolk.state.ProjectLock;
import dev.tolk.state.RunFolder;
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
      return ReportBuilder.of(plan).planned(true, provider.estimate(plan.chunks())).build();
    }
    try (ProjectLock lock = ProjectLock.acquire(project.stateFolder())) {
      removeLeftovers(project);
      if (provider.batches().isPresent()) {
        ResumeService resumes = new ResumeService(environment);
        List<RunFolder> unfinished = RunFolder.unfinished(project.stateFolder());
        for (RunFolder folder : unfinished) {
          RunReport resumed =
              resumes.resume(
                  folder, request.overrides(), request.options(), progress, batchProgress);
          if (resumed.status() == RunReport.Status.BATCH_PENDING || resumed.aborted() != null) {
            return resumed;
          }
        }
        if (!unfinished.isEmpty()) {
          project = loader.load(request.project(), request.overrides()); // their results are in
        }
      }
      Lockfile lockfile = Lockfile.load(project.lockFile()); // read once: planned, then updated
      RunPlan plan = plan(project, lockfile, provider, request);
      ProjectWriter writer = new ProjectWriter(project, lockfile, provider);
      if (plan.changes().any()) {
        writer.applyLocalChanges(plan.changes());
      }
      if (plan.pending().isEmpty()) {
        return ReportBuilder.of(plan).planned(false, null).build();
      }
      if (plan.mode().batch()) {
        BatchRuns batches = new BatchRuns(environment);
        BatchExecution execution =
            batches.execution(plan, request.options().noWait(), progress, batchProgress);
        RunFolder folder = RunFolder.create(project.stateFolder(), environment.clock().instant());
        BatchExecution.Result result =
            execution.start(
                folder, plan.chunks(), StoredRequests.of(request, environment.workingDirectory()));
        return batches.finish(plan, writer, folder, result);
      }
      PipelineResult result =
          new Pipeline(
                  provider.synchronous(),
                  provider.concurrency(project.settings().concurrency()),
                  progress)
              .run(plan.chunks());
      return ReportBuilder.of(plan)
          .outcomes(writer.write(result.outcomes()), result.usage(), Usage.NONE)
          .aborted(result.aborted())
          .build();
    }
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
    return RunPlanner.plan(project, lockfile, provider, request.project(), request.options());
  }
}
