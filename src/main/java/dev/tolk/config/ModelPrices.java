package dev.tolk.config;

import java.util.Map;

/**
 * The configured prices of models, and the Batch API's discount on them.
 *
 * @param batchDiscount what batch requests cost, as a share of the price (0.5)
 */
public record ModelPrices(Map<String, ModelPrice> byModel, double batchDiscount) {
  /** The model's price, or null when the configuration has none. */
  public ModelPrice of(String model) {
    return byModel.get(model);
  }
}
