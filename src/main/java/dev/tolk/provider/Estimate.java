package dev.tolk.provider;

/**
 * A dry run's forecast: requests, tokens, and dollars through each API (null when the model has no
 * configured price).
 *
 * @param cachedTokens instruction tokens written to or read from the prompt cache
 */
public record Estimate(
    int requests,
    long inputTokens,
    long outputTokens,
    long cachedTokens,
    Double synchronousDollars,
    Double batchDollars) {

  public static final Estimate FREE = new Estimate(0, 0, 0, 0, 0.0, 0.0);
}
