package dev.tolk.batch;

import dev.tolk.core.Chunk;
import dev.tolk.core.ChunkReply;
import dev.tolk.core.ChunkTranslator;
import dev.tolk.core.RepairRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands a chunk's batch answer to the same validation as the synchronous path: the first attempt of
 * a chunk returns what the batch answered; what follows (a repair, the halves of a truncated
 * answer) goes to the synchronous translator, so batch results are checked and mended exactly like
 * synchronous ones.
 */
public final class ReplayTranslator implements ChunkTranslator {
  private final Map<String, ChunkReply> answers = new ConcurrentHashMap<>();
  private final ChunkTranslator followUps;

  public ReplayTranslator(Map<String, ChunkReply> answers, ChunkTranslator followUps) {
    this.answers.putAll(answers);
    this.followUps = followUps;
  }

  @Override
  public ChunkReply translate(Chunk chunk, RepairRequest repair) {
    ChunkReply answer = repair == null ? answers.remove(chunk.id()) : null;
    return answer != null ? answer : followUps.translate(chunk, repair);
  }
}
