package dev.tolk.provider;

import dev.tolk.config.ModelPrice;
import dev.tolk.core.Usage;

/** Dollars for token counts at a model's prices; batch requests cost a share of these. */
final class Pricing {
  private Pricing() {}

  /** The cost, or null when the model has no price in the configuration. */
  static Double dollars(Usage usage, ModelPrice price, double factor) {
    if (price == null) {
      return null;
    }
    double total =
        usage.inputTokens() * price.input()
            + usage.outputTokens() * price.output()
            + usage.cacheWriteTokens() * price.cacheWrite()
            + usage.cacheReadTokens() * price.cacheRead();
    return total / 1_000_000 * factor;
  }

  static Double sum(Double a, Double b) {
    return a == null || b == null ? null : a + b;
  }
}
