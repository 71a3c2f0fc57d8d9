package dev.tolk.app;

import dev.tolk.anthropic.BatchesClient;
import dev.tolk.anthropic.RetryPolicy;
import dev.tolk.config.ApiSettings;
import dev.tolk.config.RetrySettings;
import dev.tolk.config.Settings;
import dev.tolk.core.quality.Brief;
import dev.tolk.provider.ClaudeProvider;
import dev.tolk.provider.Providers;
import dev.tolk.provider.TranslationProvider;

/** Builds the provider a project's settings name, with the environment's key, clock and sleeper. */
final class ProviderFactory {
  private ProviderFactory() {}

  static TranslationProvider create(Settings settings, Environment environment) {
    return Providers.create(
        settings.provider(),
        options(settings.api(), settings, environment),
        environment.clock(),
        environment.sleeper());
  }

  /** The Batches API alone, for {@code tolk batch ...}: no project needed. */
  static BatchesClient batches(ApiSettings api, Environment environment) {
    return new ClaudeProvider(
            options(api, null, environment), environment.clock(), environment.sleeper())
        .batchesClient();
  }

  private static ClaudeProvider.Options options(
      ApiSettings api, Settings settings, Environment environment) {
    RetrySettings retry = api.retry();
    return new ClaudeProvider.Options(
        environment.variable("ANTHROPIC_API_KEY"),
        new ClaudeProvider.Connection(
            api.baseUrl(), api.version(), api.connectTimeout(), api.readTimeout()),
        settings == null ? null : settings.model(),
        settings == null ? null : settings.price(),
        settings == null ? 1.0 : settings.prices().batchDiscount(),
        settings == null ? 1 : settings.concurrency(),
        new RetryPolicy(
            retry.maxRetries(), retry.initialBackoff(), retry.maxBackoff(), retry.maxWait()),
        retry.chunkDeadline(),
        settings == null ? Brief.NONE : settings.quality().brief());
  }
}
