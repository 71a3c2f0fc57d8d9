package dev.tolk.batch;

import dev.tolk.anthropic.BatchResult;
import dev.tolk.core.Chunk;
import dev.tolk.core.ChunkItem;
import dev.tolk.core.ChunkReply;
import dev.tolk.core.UnitOutcome;
import dev.tolk.core.Usage;
import dev.tolk.provider.ReplyParser;
import dev.tolk.state.ChunkRecords;
import dev.tolk.state.RunFolder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a run's batches answered, round by round: parsed answers per chunk (to be validated
 * like synchronous ones), units whose requests were refused, and chunks still without an answer
 * after the last round (to be finished through the Messages API).
 *
 * @param usage what the batches spent (billed at the batch price)
 */
public record CollectedResults(
    List<Chunk> answered,
    Map<String, ChunkReply> answers,
    List<UnitOutcome> refused,
    List<Chunk> unanswered,
    Usage usage) {

  /**
   * @param retryCanceled whether canceled requests are to be answered after all (else they are
   *     reported as canceled)
   */
  public static CollectedResults read(RunFolder run, boolean retryCanceled) {
    RunState state = RunState.of(run.journal().read());
    Map<String, Chunk> chunks = ChunkRecords.read(run.chunks());
    ReplyParser parser = new ReplyParser();
    Map<String, ChunkReply> answers = new LinkedHashMap<>();
    Map<String, String> refusals = new HashMap<>();
    Set<String> unanswered = new LinkedHashSet<>();
    Usage usage = Usage.NONE;
    for (int round = 0; round <= state.lastRound(); round++) {
      for (FileState file : state.inRound(round)) {
        if (file.phase() == FileState.Phase.SPLIT) {
          continue; // its requests are in its halves
        }
        if (!file.collected()) {
          for (String id : ResultsFile.customIds(run.path().resolve(file.file()))) {
            String base = RoundIds.base(id);
            if (file.rejected() != null) {
              unanswered.remove(base);
              refusals.put(base, "the batch was refused: " + file.rejected());
            } else {
              unanswered.add(base);
            }
          }
          continue;
        }
        for (var entry : FileResults.of(run, file).entrySet()) {
          String base = RoundIds.base(entry.getKey());
          BatchResult result = entry.getValue();
          unanswered.remove(base);
          if (result instanceof BatchResult.Succeeded succeeded) {
            ChunkReply reply = parser.parse(succeeded.message());
            answers.put(base, reply);
            usage = usage.plus(reply.usage());
          } else if (result instanceof BatchResult.Errored errored && errored.invalidRequest()) {
            refusals.put(base, "the API refused the request: " + errored.message());
          } else if (result instanceof BatchResult.Canceled && !retryCanceled) {
            refusals.put(base, "its batch was canceled (`tolk run` sends it again)");
          } else {
            unanswered.add(base); // no line, or a failure worth another try
          }
        }
      }
    }
    List<UnitOutcome> refused = new ArrayList<>();
    refusals.forEach(
        (id, reason) -> {
          for (ChunkItem item : chunks.get(id).items()) {
            refused.add(new UnitOutcome.Failed(item.unit(), reason, false));
          }
        });
    List<Chunk> answered = answers.keySet().stream().map(chunks::get).toList();
    List<Chunk> remaining = unanswered.stream().map(chunks::get).toList();
    return new CollectedResults(answered, answers, refused, remaining, usage);
  }
}
