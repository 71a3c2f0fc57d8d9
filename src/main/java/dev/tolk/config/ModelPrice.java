package dev.tolk.config;

/**
 * Dollars per million tokens for one model, its largest answer, and the shortest prompt prefix it
 * caches (a shorter one is processed without caching, and no error says so).
 *
 * @param cacheMinTokens null when the configuration does not say: 1,024 then
 */
public record ModelPrice(
    double input,
    double output,
    double cacheWrite,
    double cacheRead,
    int maxOutput,
    Integer cacheMinTokens) {

  public ModelPrice(
      double input, double output, double cacheWrite, double cacheRead, int maxOutput) {
    this(input, output, cacheWrite, cacheRead, maxOutput, null);
  }

  public int cacheMinimum() {
    return cacheMinTokens == null ? 1024 : cacheMinTokens;
  }
}
