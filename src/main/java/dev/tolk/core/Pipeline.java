package dev.tolk.core;

import dev.tolk.core.quality.QualityChecks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs chunks through a {@link ChunkProcessor} on a fixed number of threads. A {@link
 * RunAbortedException} from any chunk stops the rest at once; their units are reported as failed.
 */
public final class Pipeline {
  private final ChunkTranslator translator;
  private final int concurrency;
  private final Progress progress;
  private final QualityChecks quality;

  public Pipeline(ChunkTranslator translator, int concurrency, Progress progress) {
    this(translator, concurrency, progress, QualityChecks.DEFAULT);
  }

  public Pipeline(
      ChunkTranslator translator, int concurrency, Progress progress, QualityChecks quality) {
    this.translator = translator;
    this.concurrency = Math.max(1, concurrency);
    this.progress = progress;
    this.quality = quality;
  }

  public PipelineResult run(List<Chunk> chunks) {
    int total = chunks.stream().mapToInt(chunk -> chunk.items().size()).sum();
    Collector collector = new Collector(total, progress);
    ChunkProcessor processor =
        new ChunkProcessor(translator, new Validator(quality), new TokenEstimator(), collector);
    AtomicReference<RunAbortedException> aborted = new AtomicReference<>();
    int threads = Math.min(concurrency, Math.max(1, chunks.size()));
    ExecutorService executor = Executors.newFixedThreadPool(threads, daemonThreads());
    CompletionService<Void> completions = new ExecutorCompletionService<>(executor);
    List<Future<Void>> futures = new ArrayList<>();
    try {
      for (Chunk chunk : chunks) {
        futures.add(
            completions.submit(() -> processUnlessAborted(processor, chunk, aborted), null));
      }
      for (int finished = 0; finished < futures.size() && aborted.get() == null; finished++) {
        rethrowFailure(takeNext(completions));
      }
    } finally {
      futures.forEach(future -> future.cancel(true));
      executor.shutdownNow();
    }
    if (aborted.get() != null) {
      collector.failUnfinished(chunks, "not translated: " + aborted.get().getMessage());
    }
    return new PipelineResult(collector.outcomes(), collector.usage(), aborted.get());
  }

  private static void processUnlessAborted(
      ChunkProcessor processor, Chunk chunk, AtomicReference<RunAbortedException> aborted) {
    if (aborted.get() != null) {
      return;
    }
    try {
      processor.process(chunk);
    } catch (RunAbortedException e) {
      aborted.compareAndSet(null, e);
    }
  }

  private static Future<Void> takeNext(CompletionService<Void> completions) {
    try {
      return completions.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while translating", e);
    }
  }

  private static void rethrowFailure(Future<Void> future) {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    return runnable -> {
      Thread thread = new Thread(runnable, "tolk-chunk");
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Gathers outcomes from worker threads. */
  private static final class Collector implements OutcomeSink {
    private final List<UnitOutcome> outcomes = new ArrayList<>();
    private final Set<UnitRef> done = new HashSet<>();
    private final int total;
    private final Progress progress;
    private Usage usage = Usage.NONE;

    Collector(int total, Progress progress) {
      this.total = total;
      this.progress = progress;
    }

    @Override
    public synchronized void outcome(UnitOutcome outcome) {
      if (done.add(outcome.unit().ref())) {
        outcomes.add(outcome);
        progress.unitsDone(done.size(), total);
      }
    }

    @Override
    public synchronized void usage(Usage more) {
      usage = usage.plus(more);
    }

    synchronized void failUnfinished(List<Chunk> chunks, String reason) {
      for (Chunk chunk : chunks) {
        for (ChunkItem item : chunk.items()) {
          if (!done.contains(item.unit().ref())) {
            outcome(new UnitOutcome.Failed(item.unit(), reason, false));
          }
        }
      }
    }

    synchronized List<UnitOutcome> outcomes() {
      return List.copyOf(outcomes);
    }

    synchronized Usage usage() {
      return usage;
    }
  }
}
