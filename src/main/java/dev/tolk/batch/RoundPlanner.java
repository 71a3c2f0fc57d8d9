package dev.tolk.batch;

import dev.tolk.core.Chunk;
import dev.tolk.state.ChunkRecords;
import dev.tolk.state.RunFolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides what the next round of a batch run sends: the requests of the last round that failed in a
 * way worth retrying (errored but valid, expired, no result line, results gone; canceled only when
 * asked), under new custom_ids, when there are more of their units than the batch threshold and
 * rounds are left; fewer go through the Messages API after collection instead.
 */
final class RoundPlanner {
  private final RunFolder run;
  private final int threshold;
  private final int maxRounds;
  private final boolean retryCanceled;

  RoundPlanner(RunFolder run, int threshold, int maxRounds, boolean retryCanceled) {
    this.run = run;
    this.threshold = threshold;
    this.maxRounds = maxRounds;
    this.retryCanceled = retryCanceled;
  }

  /** The chunks of the next round, or an empty list when there is none. */
  List<Chunk> next(RunState state) {
    int round = state.lastRound();
    List<Chunk> failed = retryable(state, round);
    int units = failed.stream().mapToInt(chunk -> chunk.items().size()).sum();
    if (failed.isEmpty() || units <= threshold || round >= maxRounds) {
      return List.of();
    }
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
    return renamed;
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
        FileResults.of(run, file)
            .forEach(
                (id, result) -> {
                  if (result == null || Outcomes.retryable(result, retryCanceled)) {
                    failed.add(chunks.get(RoundIds.base(id)));
                  }
                });
      }
    }
    return failed;
  }
}
