package dev.tolk.provider;

import dev.tolk.anthropic.AnthropicHttp;
import dev.tolk.anthropic.ApiKey;
import dev.tolk.anthropic.BatchesClient;
import dev.tolk.anthropic.Endpoint;
import dev.tolk.anthropic.MessagesClient;
import dev.tolk.anthropic.RateLimiter;
import dev.tolk.anthropic.RetryPolicy;
import dev.tolk.config.ModelPrice;
import dev.tolk.core.Chunk;
import dev.tolk.core.ChunkTranslator;
import dev.tolk.core.ConfigurationException;
import dev.tolk.core.Sleeper;
import dev.tolk.core.TextHash;
import dev.tolk.core.TokenEstimator;
import dev.tolk.core.Usage;
import dev.tolk.core.quality.Brief;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translation with Claude: the Messages API one chunk at a time through one shared rate limiter, or
 * the Message Batches API at half the price. The key comes only from the environment, and is needed
 * only when a request is about to be sent.
 */
public final class ClaudeProvider implements TranslationProvider {
  private static final Logger LOG = LoggerFactory.getLogger(ClaudeProvider.class);

  /**
   * What the Claude provider needs to know; built from the resolved settings.
   *
   * @param apiKey null when the environment has none (an error only once a request is sent)
   * @param price the model's price, or null when the configuration has none
   * @param batchDiscount what a batch request costs, as a share of the price
   * @param concurrency synchronous requests in flight at most
   * @param brief what tolk.yaml says about the product, for the system prompt
   */
  public record Options(
      String apiKey,
      Connection connection,
      String model,
      ModelPrice price,
      double batchDiscount,
      int concurrency,
      RetryPolicy retry,
      Duration chunkDeadline,
      Brief brief) {

    /** The model's largest answer, from the price table; a generous default for unknown models. */
    int maxOutput() {
      return price == null ? 16_000 : price.maxOutput();
    }
  }

  /** Where and how requests go. */
  public record Connection(
      String baseUrl, String apiVersion, Duration connectTimeout, Duration readTimeout) {}

  private final Options options;
  private final Clock clock;
  private final Sleeper sleeper;
  private SystemPrompt prompt;
  private String fingerprint;

  public ClaudeProvider(Options options, Clock clock, Sleeper sleeper) {
    this.options = options;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  @Override
  public String name() {
    return "claude";
  }

  @Override
  public boolean standIn() {
    return false;
  }

  /** Asked once per written translation: computed once, not per call. */
  @Override
  public synchronized String fingerprint() {
    if (fingerprint == null) {
      fingerprint = TextHash.of(options.model() + "\n" + prompt().fingerprint());
    }
    return fingerprint;
  }

  /** The instructions, read from the jar on first use (never for a run that sends nothing). */
  private synchronized SystemPrompt prompt() {
    if (prompt == null) {
      prompt = new SystemPrompt();
    }
    return prompt;
  }

  @Override
  public String model() {
    return options.model();
  }

  /**
   * The Batch API when asked to, or when the pending units exceed the threshold (half the price is
   * worth the wait); the Messages API for small work or when asked to.
   */
  @Override
  public Mode mode(int pendingUnits, ApiChoice choice, int threshold) {
    return switch (choice) {
      case BATCH -> new Mode(true, "--use-batch-api");
      case MESSAGES -> new Mode(false, "--sync");
      case AUTO ->
          pendingUnits > threshold
              ? new Mode(true, pendingUnits + " pending units > batch threshold " + threshold)
              : new Mode(false, pendingUnits + " pending units <= batch threshold " + threshold);
    };
  }

  @Override
  public int concurrency(int configured) {
    return configured;
  }

  @Override
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
  @Override
  public Optional<MessageBatches> batches() {
    return Optional.of(new MessageBatches(batchesClient(), requests(), options.retry()));
  }

  /** The Message Batches API alone, for managing batches by hand. */
  public BatchesClient batchesClient() {
    return new BatchesClient(
        http(), options.retry(), sleeper, () -> ThreadLocalRandom.current().nextDouble());
  }

  @Override
  public Estimate estimate(List<Chunk> chunks) {
    if (chunks.isEmpty()) {
      return Estimate.FREE;
    }
    TranslationRequests requests = requests();
    long input = 0;
    long output = 0;
    long cacheWrite = 0;
    long cacheRead = 0;
    Set<String> languagesSeen = new HashSet<>();
    for (Chunk chunk : chunks) {
      input += requests.estimatedInputTokens(requests.build(chunk, null, true));
      output += chunk.estimatedOutputTokens();
      if (!requests.cacheable(chunk)) {
        continue; // the instructions are in the request's own input: nothing is cached
      }
      long instructions = requests.estimatedInstructionTokens(chunk);
      if (languagesSeen.add(chunk.targetLanguage())) {
        cacheWrite += instructions;
      } else {
        cacheRead += instructions;
      }
    }
    Usage usage = new Usage(chunks.size(), input, output, cacheWrite, cacheRead);
    return new Estimate(
        chunks.size(),
        input,
        output,
        cacheWrite + cacheRead,
        Pricing.dollars(usage, options.price(), 1.0),
        Pricing.dollars(usage, options.price(), options.batchDiscount()));
  }

  @Override
  public Costs cost(Usage all, Usage batched) {
    Double spent =
        Pricing.sum(
            Pricing.dollars(all.minus(batched), options.price(), 1.0),
            Pricing.dollars(batched, options.price(), options.batchDiscount()));
    return new Costs(spent, Pricing.dollars(all, options.price(), 1.0));
  }

  public RetryPolicy retry() {
    return options.retry();
  }

  public TranslationRequests requests() {
    return new TranslationRequests(
        prompt(),
        options.model(),
        options.maxOutput(),
        new TokenEstimator(),
        options.brief(),
        options.price() == null ? 1024 : options.price().cacheMinimum());
  }

  private AnthropicHttp http() {
    if (options.apiKey() == null || options.apiKey().isBlank()) {
      throw new ConfigurationException(
          "ANTHROPIC_API_KEY is not set: export your Anthropic API key, or try tolk offline with --provider pseudo");
    }
    Endpoint endpoint = Endpoint.of(options.connection().baseUrl());
    // ANTHROPIC_BASE_URL in the environment silently redirects every request: say where they go
    LOG.info("API origin {}", endpoint.base());
    return new AnthropicHttp(
        endpoint,
        ApiKey.of(options.apiKey()),
        options.connection().apiVersion(),
        options.connection().connectTimeout(),
        options.connection().readTimeout(),
        clock);
  }
}
