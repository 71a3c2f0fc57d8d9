package dev.tolk.app;

import dev.tolk.anthropic.RetryPolicy;
import dev.tolk.config.ModelPrice;
import dev.tolk.config.Settings;
import dev.tolk.provider.ClaudeProvider;

/**
 * Builds the Claude provider from resolved settings and the environment's key, clock and sleeper.
 */
final class ClaudeProviders {
  private ClaudeProviders() {}

  static ClaudeProvider from(Settings settings, Environment environment) {
    return new ClaudeProvider(
        new ClaudeProvider.Options(
            environment.variable("ANTHROPIC_API_KEY"),
            settings.baseUrl(),
            settings.apiVersion(),
            settings.connectTimeout(),
            settings.readTimeout(),
            settings.model(),
            maxOutput(settings),
            settings.concurrency(),
            new RetryPolicy(
                settings.maxRetries(),
                settings.initialBackoff(),
                settings.maxBackoff(),
                settings.maxWait()),
            settings.chunkDeadline()),
        environment.clock(),
        environment.sleeper());
  }

  /** The model's largest answer, from the price table; a generous default for unknown models. */
  static int maxOutput(Settings settings) {
    ModelPrice price = settings.price();
    return price == null ? 16_000 : price.maxOutput();
  }
}
