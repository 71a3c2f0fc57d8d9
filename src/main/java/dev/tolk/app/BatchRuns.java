package dev.tolk.app;

import dev.tolk.anthropic.Json;
import dev.tolk.batch.BatchExecution;
import dev.tolk.batch.BatchProgress;
import dev.tolk.batch.BatchRun;
import dev.tolk.config.Settings;
import dev.tolk.core.Progress;
import dev.tolk.state.AtomicFile;
import dev.tolk.state.JournalEvent;
import dev.tolk.state.RunFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a plan through the Batch API and reports what became of it: shared by a new run and a
 * resumed one. A collected run is written, its journal closed with a "finished" event and its
 * report kept as {@code summary.json}.
 */
final class BatchRuns {
  private static final Logger LOG = LoggerFactory.getLogger(BatchRuns.class);
  private final Environment environment;

  BatchRuns(Environment environment) {
    this.environment = environment;
  }

  BatchExecution execution(
      RunPlan plan, RunOptions options, Progress progress, BatchProgress batchProgress) {
    Settings settings = plan.project().settings();
    var batch = settings.batch();
    return new BatchExecution(
        plan.provider(),
        new BatchRun.Options(
            batch.threshold(),
            batch.maxRequests(),
            batch.maxBytes(),
            batch.pollInterval(),
            batch.maxWait(),
            options.noWait(),
            batch.maxRounds(),
            options.retryCanceled()),
        environment.clock(),
        environment.sleeper(),
        batchProgress,
        progress,
        plan.provider().concurrency(settings.concurrency()),
        QualityRules.checks(settings, plan.provider()));
  }

  /** The report of a batch execution's result, written and journaled when it was collected. */
  RunReport finish(
      RunPlan plan, ProjectWriter writer, RunFolder folder, BatchExecution.Result result) {
    ReportBuilder report = ReportBuilder.of(plan).batches(result.run(), result.batches());
    if (result instanceof BatchExecution.Result.Waiting waiting) {
      if (waiting.stopped() == null) {
        return report.stopped(null, RunReport.Status.BATCH_PENDING).build();
      }
      String next =
          waiting.closed()
              ? "; no batch was made, so nothing is left to resume: run again once that is fixed"
              : "; resume with `tolk resume " + folder.id() + "`";
      return report
          .stopped(waiting.stopped().getMessage() + next, RunReport.Status.of(waiting.stopped()))
          .build();
    }
    BatchExecution.Result.Collected collected = (BatchExecution.Result.Collected) result;
    StaleAnswers.Split answers = StaleAnswers.split(plan.project(), collected.result().outcomes());
    if (!answers.stale().isEmpty()) {
      LOG.warn(
          "{} answers were for source text that changed after it was sent; they are not written",
          answers.stale().size());
    }
    var written = writer.write(answers.current());
    RunReport done =
        report
            .outcomes(written, collected.result().usage(), collected.batchUsage())
            .discarded(answers.stale().size())
            .aborted(collected.result().aborted())
            .build();
    folder
        .journal()
        .append(new JournalEvent.Finished(done.status().name(), environment.clock().instant()));
    try {
      AtomicFile.write(
          folder.summary(), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(done));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return done;
  }
}
