package dev.tolk.app;

import dev.tolk.anthropic.ApiException;
import dev.tolk.anthropic.BatchesClient;
import dev.tolk.batch.RunSummary;
import dev.tolk.config.Defaults;
import dev.tolk.config.SettingsResolver;
import dev.tolk.core.InputException;
import dev.tolk.state.ProjectLock;
import dev.tolk.state.RunFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code tolk runs}: a project's batch runs, and giving one up. */
public final class RunsService {
  private final Environment environment;

  public RunsService(Environment environment) {
    this.environment = environment;
  }

  /** Every run of the project, oldest first. */
  public List<RunSummary> list(Path configFile) {
    return RunFolder.all(ConfigLocation.stateFolder(environment, configFile)).stream()
        .map(RunSummary::of)
        .toList();
  }

  /** What abandoning did: the run as it now is, and the batches canceled. */
  public record Abandoned(RunSummary run, List<String> canceled) {}

  /**
   * Stops tracking a run: it is never resumed again, and the next run plans its units afresh.
   *
   * @param cancel also cancel its batches that have not ended (their finished requests are still
   *     billed)
   */
  public Abandoned abandon(Path configFile, String runId, boolean cancel)
      throws InterruptedException {
    Path stateFolder = ConfigLocation.stateFolder(environment, configFile);
    try (ProjectLock lock = ProjectLock.acquire(stateFolder)) {
      RunFolder run =
          RunFolder.open(stateFolder, runId)
              .orElseThrow(
                  () ->
                      new InputException("no run " + runId + " in " + stateFolder.resolve("runs")));
      List<String> canceled = new ArrayList<>();
      if (cancel) {
        BatchesClient client =
            ProviderFactory.batches(
                new SettingsResolver(Defaults.load(), environment.variables()).api(), environment);
        for (RunSummary.Batch batch : RunSummary.of(run).batches()) {
          if (!batch.status().equals("ended")) {
            cancel(client, batch.id());
            canceled.add(batch.id());
          }
        }
      }
      run.close(
          "abandoned" + (canceled.isEmpty() ? "" : ", its batches canceled"),
          environment.clock().instant());
      return new Abandoned(RunSummary.of(run), canceled);
    }
  }

  private static void cancel(BatchesClient client, String batchId) {
    try {
      client.cancel(batchId);
    } catch (ApiException e) {
      if (e.status() != 400 && e.status() != 404) { // ended meanwhile, or gone: nothing to cancel
        throw e;
      }
    }
  }
}
