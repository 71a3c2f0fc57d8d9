package dev.tolk.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tolk.anthropic.ApiException;
import dev.tolk.anthropic.AuthenticationException;
import dev.tolk.anthropic.BatchesClient;
import dev.tolk.anthropic.Json;
import dev.tolk.anthropic.NotFoundException;
import dev.tolk.anthropic.RetryPolicy;
import dev.tolk.anthropic.dto.BatchPage;
import dev.tolk.anthropic.dto.MessageBatch;
import dev.tolk.core.Chunk;
import dev.tolk.core.RunAbortedException;
import dev.tolk.core.Sleeper;
import dev.tolk.provider.FatalErrors;
import dev.tolk.provider.TranslationRequests;
import dev.tolk.state.AtomicFile;
import dev.tolk.state.Journal;
import dev.tolk.state.RunFolder;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Submits a run's request files as batches and waits for them, journaling every step before and
 * after it happens so that a crash at any instant loses nothing and pays for nothing twice: an
 * intent before each create, the batch id right after; a create whose outcome is unknown is
 * reconciled through the list endpoint, never blindly re-posted. Results are staged and verified
 * before use; failed requests go to a new batch (a bounded number of rounds).
 */
public final class BatchRun {
  private static final Logger LOG = LoggerFactory.getLogger(BatchRun.class);
  private static final int MAX_POLL_FAILURES = 10;
  private static final int MAX_DOWNLOADS = 3;
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

  /**
   * @param threshold failed units above which they go to a new batch rather than the Messages API
   * @param maxRounds how many times failed requests are put in a new batch
   */
  public record Options(
      int threshold,
      int maxRequestsPerBatch,
      long maxBytesPerBatch,
      Duration pollInterval,
      Duration maxWait,
      boolean noWait,
      int maxRounds) {}

  /** Where a run stands when {@link #waitForResults()} returns. */
  public enum Stage {
    /** every batch has ended and its results are staged */
    COLLECTED,
    /** batches are still processing (--no-wait, or the wait limit was reached) */
    PENDING
  }

  private final RunFolder run;
  private final Journal journal;
  private final BatchesClient client;
  private final TranslationRequests requests;
  private final RetryPolicy retry;
  private final Options options;
  private final Clock clock;
  private final Sleeper sleeper;
  private final BatchProgress progress;

  public BatchRun(
      RunFolder run,
      BatchesClient client,
      TranslationRequests requests,
      RetryPolicy retry,
      Options options,
      Clock clock,
      Sleeper sleeper,
      BatchProgress progress) {
    this.run = run;
    this.journal = run.journal();
    this.client = client;
    this.requests = requests;
    this.retry = retry;
    this.options = options;
    this.clock = clock;
    this.sleeper = sleeper;
    this.progress = progress;
  }

  public RunFolder folder() {
    return run;
  }

  /** Writes the chunks and their exact requests, then journals them; nothing is sent yet. */
  public void prepare(List<Chunk> chunks, String model) {
    ObjectNode start = journal.event("run");
    start.put("run", run.id()).put("model", model).put("at", clock.instant().toString());
    journal.append(start);
    ChunkRecords.append(run.chunks(), chunks);
    prepareRound(chunks, 0, 0);
  }

  private void prepareRound(List<Chunk> chunks, int round, int firstIndex) {
    RequestFiles files =
        new RequestFiles(requests, options.maxRequestsPerBatch(), options.maxBytesPerBatch());
    for (RequestFiles.Written written : files.write(chunks, run::requests, firstIndex)) {
      ObjectNode event = journal.event("prepared");
      event.put("file", run.path().relativize(written.file()).toString());
      event
          .put("round", round)
          .put("requests", written.requests())
          .put("bytes", written.bytes())
          .put("sha256", written.sha256());
      journal.append(event);
    }
  }

  /**
   * Submits what is not submitted yet, then (unless --no-wait) polls until every batch has ended
   * and its results are staged, putting failed requests into new batches as needed.
   */
  public Stage waitForResults() throws InterruptedException {
    progress.run(run.id());
    while (true) {
      RunState state = RunState.of(journal.read());
      for (FileState file : state.files.values()) {
        if (file.unsubmitted()) {
          submit(file, state);
        }
      }
      state = RunState.of(journal.read());
      if (options.noWait() && state.files.values().stream().anyMatch(FileState::waiting)) {
        return Stage.PENDING;
      }
      if (!poll()) {
        return Stage.PENDING;
      }
      state = RunState.of(journal.read());
      int round = state.lastRound();
      List<Chunk> failed = retryable(state, round);
      int units = failed.stream().mapToInt(chunk -> chunk.items().size()).sum();
      if (failed.isEmpty() || units <= options.threshold() || round >= options.maxRounds()) {
        return Stage.COLLECTED;
      }
      LOG.info(
          "{} requests failed in round {}; submitting them again in a new batch",
          failed.size(),
          round);
      List<Chunk> renamed = new ArrayList<>();
      for (Chunk chunk : failed) {
        renamed.add(
            new Chunk(
                RoundIds.of(chunk.id(), round + 1),
                chunk.sourceLanguage(),
                chunk.targetLanguage(),
                chunk.items(),
                chunk.estimatedOutputTokens()));
      }
      prepareRound(renamed, round + 1, state.files.size());
    }
  }

  private void submit(FileState file, RunState state) throws InterruptedException {
    if (file.submittingAt() != null) {
      // a create was attempted before a crash: find out whether it happened before trying again
      MessageBatch existing = reconcile(file, file.submittingAt(), state);
      if (existing != null) {
        submitted(file, existing, true);
        return;
      }
    }
    for (int attempt = 0; ; attempt++) {
      Instant at = clock.instant();
      ObjectNode intent = journal.event("submitting");
      intent.put("file", file.file()).put("requests", file.requests()).put("at", at.toString());
      journal.append(intent);
      try {
        submitted(file, client.create(run.path().resolve(file.file())), false);
        return;
      } catch (ApiException e) {
        FatalErrors.abortIfFatal(e, "");
        int status = e.status();
        if (status == 400 || status == 404 || status == 413 || status == 422) {
          ObjectNode rejected = journal.event("rejected");
          rejected.put("file", file.file()).put("error", e.getMessage());
          journal.append(rejected);
          LOG.warn("batch {} was refused: {}", file.file(), e.getMessage());
          return;
        }
        if (status == 0 || status >= 500) {
          MessageBatch created = reconcile(file, at, RunState.of(journal.read()));
          if (created != null) {
            submitted(file, created, true);
            return;
          }
        }
        if (attempt >= retry.maxRetries()) {
          throw new RunAbortedException(
              "could not create a batch (" + e.getMessage() + ")",
              RunAbortedException.Cause.UNAVAILABLE,
              e);
        }
        Duration delay = retry.delay(e, attempt, 0.5);
        LOG.warn(
            "creating a batch failed ({}); trying again in {} ms",
            e.getMessage(),
            delay.toMillis());
        sleeper.sleep(delay);
      }
    }
  }

  private void submitted(FileState file, MessageBatch batch, boolean adopted) {
    ObjectNode event = journal.event("submitted");
    event
        .put("file", file.file())
        .put("batch", batch.id())
        .put("created_at", batch.createdAt())
        .put("expires_at", batch.expiresAt());
    if (adopted) {
      event.put("adopted", true);
    }
    journal.append(event);
    saveMetadata(batch);
    progress.submitted(batch.id(), file.requests());
    if (adopted) {
      LOG.warn(
          "the answer to creating {} was lost; found batch {} that it created and adopted it",
          file.file(),
          batch.id());
    }
  }

  /**
   * The batch that a create with an unknown outcome made, if any: created since the attempt (with
   * some clock skew), with exactly this file's number of requests, not already one of ours.
   */
  private MessageBatch reconcile(FileState file, Instant attempt, RunState state)
      throws InterruptedException {
    Set<String> ours = Set.copyOf(state.batchIds());
    List<MessageBatch> matches = new ArrayList<>();
    String after = null;
    for (int page = 0; page < 5; page++) {
      BatchPage batches = client.list(100, after, null);
      boolean older = false;
      for (MessageBatch batch : batches.data()) {
        Instant created = Instant.parse(batch.createdAt());
        if (created.isBefore(attempt.minus(CLOCK_SKEW))) {
          older = true;
          continue;
        }
        if (batch.total() == file.requests() && !ours.contains(batch.id())) {
          matches.add(batch);
        }
      }
      if (older || !batches.hasMore()) {
        break;
      }
      after = batches.lastId();
    }
    if (matches.size() > 1) {
      throw new RunAbortedException(
          "several new batches match "
              + file.file()
              + " ("
              + String.join(", ", matches.stream().map(MessageBatch::id).toList())
              + "); cancel the extra ones with `tolk batch cancel ID`, then `tolk resume "
              + run.id()
              + "`",
          RunAbortedException.Cause.UNAVAILABLE,
          null);
    }
    return matches.isEmpty() ? null : matches.get(0);
  }

  /** Polls until every submitted batch is collected; false when the wait limit is reached. */
  private boolean poll() throws InterruptedException {
    Instant start = clock.instant();
    int failures = 0;
    Map<String, MessageBatch> latest = new LinkedHashMap<>();
    while (true) {
      RunState state = RunState.of(journal.read());
      List<FileState> waiting = state.files.values().stream().filter(FileState::waiting).toList();
      if (waiting.isEmpty()) {
        return true;
      }
      for (FileState file : waiting) {
        MessageBatch batch;
        try {
          batch = client.retrieve(file.batchId());
          failures = 0;
        } catch (AuthenticationException e) {
          throw new RunAbortedException(
              "the API refused the key while waiting ("
                  + e.getMessage()
                  + "); the batches keep running",
              RunAbortedException.Cause.CONFIGURATION,
              e);
        } catch (ApiException e) {
          if (++failures >= MAX_POLL_FAILURES) {
            throw new RunAbortedException(
                "cannot reach the API to check the batches ("
                    + e.getMessage()
                    + "); they keep running",
                RunAbortedException.Cause.UNAVAILABLE,
                e);
          }
          LOG.warn(
              "checking batch {} failed ({}); trying again at the next poll",
              file.batchId(),
              e.getMessage());
          continue;
        }
        saveMetadata(batch);
        latest.put(batch.id(), batch);
        if (batch.status() == MessageBatch.Status.ENDED) {
          collect(file, batch);
        } else if (batch.status() == MessageBatch.Status.UNKNOWN) {
          LOG.warn(
              "batch {} has a status this version does not know: {}; waiting",
              batch.id(),
              batch.processingStatus());
        }
      }
      Duration elapsed = Duration.between(start, clock.instant());
      progress.polled(List.copyOf(latest.values()), elapsed);
      if (RunState.of(journal.read()).files.values().stream().noneMatch(FileState::waiting)) {
        return true;
      }
      if (elapsed.compareTo(options.maxWait()) >= 0) {
        return false;
      }
      sleeper.sleep(interval(elapsed));
    }
  }

  /** The poll interval, lengthening for long-running batches. */
  Duration interval(Duration elapsed) {
    Duration base = options.pollInterval();
    Duration interval =
        elapsed.compareTo(Duration.ofMinutes(10)) < 0
            ? base
            : elapsed.compareTo(Duration.ofHours(1)) < 0
                ? base.multipliedBy(2)
                : base.multipliedBy(4);
    Duration cap = Duration.ofMinutes(10);
    return interval.compareTo(cap) > 0 && base.compareTo(cap) <= 0 ? cap : interval;
  }

  private void collect(FileState file, MessageBatch batch) throws InterruptedException {
    if (batch.archivedAt() != null) {
      resultsGone(file, batch, "its results were archived (" + batch.archivedAt() + ")");
      return;
    }
    Set<String> known = ResultsFile.customIds(run.path().resolve(file.file()));
    String problem = null;
    for (int attempt = 0; attempt < MAX_DOWNLOADS; attempt++) {
      try {
        client.downloadResults(batch, run.results(batch.id()));
      } catch (NotFoundException e) {
        resultsGone(file, batch, "its results are gone (" + e.getMessage() + ")");
        return;
      } catch (ApiException e) {
        problem = e.getMessage();
        continue;
      }
      problem = ResultsFile.problem(run.results(batch.id()), batch.total(), known);
      if (problem == null) {
        ObjectNode event = journal.event("collected");
        event.put("file", file.file()).put("batch", batch.id());
        journal.append(event);
        return;
      }
      LOG.warn(
          "the results of {} are incomplete ({}); downloading them again", batch.id(), problem);
    }
    throw new RunAbortedException(
        "could not download the complete results of " + batch.id() + " (" + problem + ")",
        RunAbortedException.Cause.UNAVAILABLE,
        null);
  }

  private void resultsGone(FileState file, MessageBatch batch, String why) {
    LOG.warn("batch {}: {}; its requests will be sent again", batch.id(), why);
    ObjectNode event = journal.event("results_gone");
    event.put("file", file.file()).put("batch", batch.id()).put("why", why);
    journal.append(event);
  }

  /** The chunks of a round whose requests failed in a way worth retrying, under their base ids. */
  private List<Chunk> retryable(RunState state, int round) {
    Map<String, Chunk> chunks = ChunkRecords.read(run.chunks());
    List<Chunk> failed = new ArrayList<>();
    for (FileState file : state.inRound(round)) {
      if (file.resultsGone()) {
        ResultsFile.customIds(run.path().resolve(file.file()))
            .forEach(id -> failed.add(chunks.get(RoundIds.base(id))));
      } else if (file.collected()) {
        ResultsFile.forEach(
            run.results(file.batchId()),
            result -> {
              if (Outcomes.retryable(result)) {
                failed.add(chunks.get(RoundIds.base(result.customId())));
              }
            });
      }
    }
    return failed;
  }

  private void saveMetadata(MessageBatch batch) {
    try {
      AtomicFile.write(
          run.batch(batch.id()),
          Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(batch));
    } catch (IOException e) {
      LOG.warn("cannot save the metadata of {}: {}", batch.id(), e.getMessage());
    }
  }
}
