package dev.tolk.core;

/** Requests and tokens spent, as the API reported them. */
public record Usage(
    long requests,
    long inputTokens,
    long outputTokens,
    long cacheWriteTokens,
    long cacheReadTokens) {

  public static final Usage NONE = new Usage(0, 0, 0, 0, 0);

  public Usage minus(Usage other) {
    return new Usage(
        requests - other.requests,
        inputTokens - other.inputTokens,
        outputTokens - other.outputTokens,
        cacheWriteTokens - other.cacheWriteTokens,
        cacheReadTokens - other.cacheReadTokens);
  }

  public Usage plus(Usage other) {
    return new Usage(
        requests + other.requests,
        inputTokens + other.inputTokens,
        outputTokens + other.outputTokens,
        cacheWriteTokens + other.cacheWriteTokens,
        cacheReadTokens + other.cacheReadTokens);
  }
}
