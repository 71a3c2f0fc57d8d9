package dev.tolk.batch;

import dev.tolk.core.Chunk;
import dev.tolk.core.ChunkReply;
import dev.tolk.core.ChunkTranslator;
import dev.tolk.core.Pipeline;
import dev.tolk.core.PipelineResult;
import dev.tolk.core.Progress;
import dev.tolk.core.RepairRequest;
import dev.tolk.core.RunAbortedException;
import dev.tolk.core.Sleeper;
import dev.tolk.core.UnitOutcome;
import dev.tolk.core.Usage;
import dev.tolk.core.quality.QualityChecks;
import dev.tolk.provider.MessageBatches;
import dev.tolk.provider.TranslationProvider;
import dev.tolk.state.JournalEvent;
import dev.tolk.state.RunFolder;
import dev.tolk.state.StoredRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries out a plan's chunks through a provider's Batch API: journals the request, prepares and
 * runs the batches ({@link BatchRun}), then puts every answer through the synchronous path's
 * validation (a repair or a split of a batch answer goes through the Messages API).
 */
public final class BatchExecution {
  /** How a batch execution ended. */
  public sealed interface Result {
    String run();

    List<String> batches();

    /** Every batch collected; the answers validated. */
    record Collected(String run, List<String> batches, PipelineResult result, Usage batchUsage)
        implements Result {}

    /**
     * The batches are still processing (--no-wait, the wait limit) or could not be followed.
     *
     * @param stopped why the run stopped, or null when the batches are just not done yet
     * @param closed the run stopped before any batch was made, so it was closed: nothing is left to
     *     resume, and the next run starts afresh
     */
    record Waiting(String run, List<String> batches, RunAbortedException stopped, boolean closed)
        implements Result {}
  }

  private final TranslationProvider provider;
  private final MessageBatches api;
  private final BatchRun.Options options;
  private final Clock clock;
  private final Sleeper sleeper;
  private final BatchProgress batchProgress;
  private final Progress progress;
  private final int concurrency;
  private final QualityChecks quality;

  public BatchExecution(
      TranslationProvider provider,
      BatchRun.Options options,
      Clock clock,
      Sleeper sleeper,
      BatchProgress batchProgress,
      Progress progress,
      int concurrency,
      QualityChecks quality) {
    this.provider = provider;
    this.api =
        provider
            .batches()
            .orElseThrow(() -> new IllegalStateException(provider.name() + " has no batch API"));
    this.options = options;
    this.clock = clock;
    this.sleeper = sleeper;
    this.batchProgress = batchProgress;
    this.progress = progress;
    this.concurrency = concurrency;
    this.quality = quality;
  }

  /** A new run: the request journaled first (so it can always be resumed), then its batches. */
  public Result start(RunFolder folder, List<Chunk> chunks, StoredRequest request) {
    folder.journal().append(new JournalEvent.RequestRecorded(request));
    List<Chunk> tagged = new ArrayList<>();
    for (Chunk chunk : chunks) {
      tagged.add(
          new Chunk(
              folder.tag() + "_" + chunk.id(),
              chunk.sourceLanguage(),
              chunk.targetLanguage(),
              chunk.items(),
              chunk.estimatedOutputTokens()));
    }
    BatchRun run = new BatchRun(folder, api, options, clock, sleeper, batchProgress);
    run.prepare(tagged, provider.model());
    return collect(run);
  }

  /** A journaled run picked up again: nothing is submitted twice. */
  public Result resume(RunFolder folder) {
    return collect(new BatchRun(folder, api, options, clock, sleeper, batchProgress));
  }

  private Result collect(BatchRun run) {
    RunFolder folder = run.folder();
    BatchRun.Stage stage;
    try {
      stage = run.waitForResults();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunAbortedException("interrupted", RunAbortedException.Cause.UNAVAILABLE, e);
    } catch (RunAbortedException e) {
      boolean close = run.nothingSubmitted();
      if (close) {
        folder.close("stopped before any batch was made: " + e.getMessage(), clock.instant());
      }
      return new Result.Waiting(folder.id(), run.batchIds(), e, close);
    }
    if (stage == BatchRun.Stage.PENDING) {
      return new Result.Waiting(folder.id(), run.batchIds(), null, false);
    }
    CollectedResults results = CollectedResults.read(folder, options.retryCanceled());
    List<Chunk> work = new ArrayList<>(results.answered());
    work.addAll(results.unanswered());
    PipelineResult validated =
        new Pipeline(
                new ReplayTranslator(results.answers(), new FollowUps(provider)),
                concurrency,
                progress,
                quality)
            .run(work);
    List<UnitOutcome> outcomes = new ArrayList<>(validated.outcomes());
    outcomes.addAll(results.refused());
    return new Result.Collected(
        folder.id(),
        run.batchIds(),
        new PipelineResult(outcomes, validated.usage(), validated.aborted()),
        results.usage());
  }

  /** The synchronous translator for follow-ups of batch answers, built only if one is needed. */
  private static final class FollowUps implements ChunkTranslator {
    private final TranslationProvider provider;
    private ChunkTranslator translator;

    FollowUps(TranslationProvider provider) {
      this.provider = provider;
    }

    @Override
    public ChunkReply translate(Chunk chunk, RepairRequest repair) {
      ChunkTranslator current;
      synchronized (this) {
        if (translator == null) {
          translator = provider.synchronous();
        }
        current = translator;
      }
      return current.translate(chunk, repair);
    }
  }
}
