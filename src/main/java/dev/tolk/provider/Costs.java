package dev.tolk.provider;

/**
 * What a run cost, in dollars; null when the model has no configured price.
 *
 * @param ifSynchronous what the same tokens would have cost through the Messages API
 */
public record Costs(Double spent, Double ifSynchronous) {
  public static final Costs FREE = new Costs(0.0, 0.0);
}
