package dev.tolk.provider;

import dev.tolk.anthropic.AnthropicHttp;
import dev.tolk.anthropic.ApiKey;
import dev.tolk.anthropic.BatchesClient;
import dev.tolk.anthropic.Endpoint;
import dev.tolk.anthropic.MessagesClient;
import dev.tolk.anthropic.RateLimiter;
import dev.tolk.anthropic.RetryPolicy;
import dev.tolk.core.ChunkTranslator;
import dev.tolk.core.ConfigurationException;
import dev.tolk.core.Sleeper;
import dev.tolk.core.TokenEstimator;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Translation with Claude. The synchronous path sends each chunk to the Messages API through one
 * shared rate limiter; the key comes only from the environment.
 */
public final class ClaudeProvider {
  /** What the Claude provider needs to know; built from the resolved settings. */
  public record Options(
      String apiKey,
      String baseUrl,
      String apiVersion,
      Duration connectTimeout,
      Duration readTimeout,
      String model,
      int modelMaxOutput,
      int concurrency,
      RetryPolicy retry,
      Duration chunkDeadline) {}

  /** Which API a run uses, and why (shown in the summary and in --dry-run). */
  public record Mode(boolean batch, String reason) {}

  /**
   * Synchronous for small work; the Batch API when asked to, or when the pending units exceed the
   * threshold (half the price is worth the wait).
   */
  public static Mode chooseMode(int pendingUnits, boolean useBatchApi, int threshold) {
    if (useBatchApi) {
      return new Mode(true, "--use-batch-api");
    }
    return pendingUnits > threshold
        ? new Mode(true, pendingUnits + " pending units > batch threshold " + threshold)
        : new Mode(false, pendingUnits + " pending units <= batch threshold " + threshold);
  }

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(ClaudeProvider.class);

  private final Options options;
  private final Clock clock;
  private final Sleeper sleeper;

  public ClaudeProvider(Options options, Clock clock, Sleeper sleeper) {
    if (options.apiKey() == null || options.apiKey().isBlank()) {
      throw new ConfigurationException(
          "ANTHROPIC_API_KEY is not set: export your Anthropic API key, or try tolk offline with --provider pseudo");
    }
    this.options = options;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  public ChunkTranslator synchronous() {
    MessagesClient client =
        new MessagesClient(
            http(),
            new RateLimiter(clock, sleeper, options.concurrency()),
            options.retry(),
            sleeper,
            () -> ThreadLocalRandom.current().nextDouble());
    return new ClaudeChunkTranslator(client, requests(), clock, options.chunkDeadline());
  }

  /** The Message Batches API, with the same key, origin and retry rules. */
  public BatchesClient batches() {
    return new BatchesClient(
        http(), options.retry(), sleeper, () -> ThreadLocalRandom.current().nextDouble());
  }

  private AnthropicHttp http() {
    Endpoint endpoint = Endpoint.of(options.baseUrl());
    // ANTHROPIC_BASE_URL in the environment silently redirects every request: say where they go
    LOG.info("API origin {}", endpoint.base());
    return new AnthropicHttp(
        endpoint,
        ApiKey.of(options.apiKey()),
        options.apiVersion(),
        options.connectTimeout(),
        options.readTimeout(),
        clock);
  }

  public RetryPolicy retry() {
    return options.retry();
  }

  public TranslationRequests requests() {
    return new TranslationRequests(
        new SystemPrompt(), options.model(), options.modelMaxOutput(), new TokenEstimator());
  }
}
