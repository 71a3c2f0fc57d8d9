package dev.tolk.app;

import dev.tolk.batch.BatchExecution;
import dev.tolk.batch.BatchProgress;
import dev.tolk.config.Overrides;
import dev.tolk.core.InputException;
import dev.tolk.core.Progress;
import dev.tolk.provider.TranslationProvider;
import dev.tolk.state.JournalEvent;
import dev.tolk.state.Lockfile;
import dev.tolk.state.ProjectLock;
import dev.tolk.state.RunFolder;
import dev.tolk.state.StoredRequest;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code tolk resume}: re-attaches to the batches a run journaled, collects, validates and writes
 * their results. The run's own request (in its journal) says which project it belongs to; nothing
 * is submitted twice.
 */
public final class ResumeService {
  private final Environment environment;

  public ResumeService(Environment environment) {
    this.environment = environment;
  }

  /** The project's runs still to be resumed (none: nothing to do). */
  public List<String> unfinished(Path configFile) {
    return RunFolder.unfinished(ConfigLocation.stateFolder(environment, configFile)).stream()
        .map(RunFolder::id)
        .toList();
  }

  /**
   * Resumes one run, or every unfinished run of the project.
   *
   * @param configFile the project's tolk.yaml (null: the one in the current folder)
   * @param runId the run, or null for every unfinished one
   */
  public RunReport resume(
      Path configFile,
      String runId,
      Overrides flags,
      RunOptions options,
      Progress progress,
      BatchProgress batchProgress) {
    Path stateFolder = ConfigLocation.stateFolder(environment, configFile);
    try (ProjectLock lock = ProjectLock.acquire(stateFolder)) {
      List<RunFolder> runs =
          runId == null
              ? RunFolder.unfinished(stateFolder)
              : List.of(
                  RunFolder.open(stateFolder, runId)
                      .orElseThrow(
                          () ->
                              new InputException(
                                  "no run " + runId + " in " + stateFolder.resolve("runs"))));
      if (runs.isEmpty()) {
        throw new InputException(
            "nothing to resume: no unfinished batch run in " + stateFolder.resolve("runs"));
      }
      RunReport last = null;
      for (RunFolder run : runs) {
        last = resume(run, flags, options, progress, batchProgress);
        if (last.status() == RunReport.Status.BATCH_PENDING || last.aborted() != null) {
          break;
        }
      }
      return last;
    }
  }

  /** Resumes one run (the project lock already held). */
  RunReport resume(
      RunFolder folder,
      Overrides flags,
      RunOptions options,
      Progress progress,
      BatchProgress batchProgress) {
    StoredRequest stored = storedRequest(folder);
    Project project =
        new ProjectLoader(environment)
            .load(StoredRequests.selection(stored), StoredRequests.overrides(stored, flags));
    TranslationProvider provider = ProviderFactory.create(project.settings(), environment);
    RunPlan plan = RunPlan.resuming(project, provider, folder.id());
    BatchRuns batches = new BatchRuns(environment);
    BatchExecution.Result result =
        batches.execution(plan, options, progress, batchProgress).resume(folder);
    ProjectWriter writer = new ProjectWriter(project, Lockfile.load(project.lockFile()), provider);
    return batches.finish(plan, writer, folder, result);
  }

  private static StoredRequest storedRequest(RunFolder folder) {
    for (JournalEvent event : folder.journal().read()) {
      if (event instanceof JournalEvent.RequestRecorded recorded) {
        return recorded.request();
      }
    }
    throw new InputException(
        folder.path() + ": the journal does not say which project this run belongs to");
  }
}
