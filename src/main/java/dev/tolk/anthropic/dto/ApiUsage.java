package dev.tolk.anthropic.dto;

/** Token counts of one answer; the cache fields may be absent or null. */
public record ApiUsage(
    Long inputTokens, Long outputTokens, Long cacheCreationInputTokens, Long cacheReadInputTokens) {

  public long input() {
    return inputTokens == null ? 0 : inputTokens;
  }

  public long output() {
    return outputTokens == null ? 0 : outputTokens;
  }

  public long cacheWrite() {
    return cacheCreationInputTokens == null ? 0 : cacheCreationInputTokens;
  }

  public long cacheRead() {
    return cacheReadInputTokens == null ? 0 : cacheReadInputTokens;
  }
}
