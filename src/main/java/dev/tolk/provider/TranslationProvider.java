package dev.tolk.provider;

import dev.tolk.core.Chunk;
import dev.tolk.core.ChunkTranslator;
import dev.tolk.core.Usage;
import java.util.List;
import java.util.Optional;

/**
 * One way to translate, and what it can do: translate chunks one request at a time, through a batch
 * API, at a price, or offline. {@link Providers} chooses one by its name; nothing else knows
 * provider names.
 */
public interface TranslationProvider {
  /** The name in tolk.yaml, on the command line and in tolk.lock. */
  String name();

  /**
   * Whether this provider's translations only stand in for real ones (pseudo-localization): a real
   * provider translates them again.
   */
  boolean standIn();

  /** The model and instructions, recorded in tolk.lock with each translation. */
  String fingerprint();

  /** The model named in reports, or null when there is none. */
  String model();

  /** Which path a run of this many pending units takes, and why. */
  Mode mode(int pendingUnits, ApiChoice choice, int batchThreshold);

  /** Requests in flight at most, given the configured concurrency. */
  int concurrency(int configured);

  /** The translator of the one-request-at-a-time path (built on first use; may need a key). */
  ChunkTranslator synchronous();

  /** The provider's batch API, or empty when it has none. */
  Optional<MessageBatches> batches();

  /** What the chunks would take and cost through each path. */
  Estimate estimate(List<Chunk> chunks);

  /**
   * What a run spent, in dollars.
   *
   * @param all every request's usage
   * @param batched the part of it billed at the batch price
   */
  Costs cost(Usage all, Usage batched);
}
