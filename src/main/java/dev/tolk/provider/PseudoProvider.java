package dev.tolk.provider;

import dev.tolk.core.Chunk;
import dev.tolk.core.ChunkTranslator;
import dev.tolk.core.Usage;
import java.util.List;
import java.util.Optional;

/**
 * Offline pseudo-localization: free, deterministic, one chunk at a time, no batches. Its text only
 * stands in for translations: a real provider translates it again.
 */
public final class PseudoProvider implements TranslationProvider {
  @Override
  public String name() {
    return "pseudo";
  }

  @Override
  public boolean standIn() {
    return true;
  }

  @Override
  public String fingerprint() {
    return "pseudo";
  }

  @Override
  public String model() {
    return null;
  }

  @Override
  public Mode mode(int pendingUnits, ApiChoice choice, int batchThreshold) {
    return new Mode(false, "offline pseudo-localization");
  }

  /** Pseudo-localization is instant; one thread keeps its output order stable. */
  @Override
  public int concurrency(int configured) {
    return 1;
  }

  @Override
  public ChunkTranslator synchronous() {
    return new PseudoTranslator();
  }

  @Override
  public Optional<MessageBatches> batches() {
    return Optional.empty();
  }

  @Override
  public Estimate estimate(List<Chunk> chunks) {
    return Estimate.FREE;
  }

  @Override
  public Costs cost(Usage all, Usage batched) {
    return Costs.FREE;
  }
}
