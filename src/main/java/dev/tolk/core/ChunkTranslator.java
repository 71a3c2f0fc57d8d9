package dev.tolk.core;

/** Sends one chunk to a model and returns its answer. Implementations must be thread-safe. */
public interface ChunkTranslator {
  /**
   * @param repair null for a first request, or what was wrong with the previous answer
   * @throws ChunkFailedException when this chunk cannot be answered (not retryable, or retries
   *     exhausted); the run goes on
   * @throws RunAbortedException when no further request can succeed (authentication, spend limit)
   */
  ChunkReply translate(Chunk chunk, RepairRequest repair);
}
