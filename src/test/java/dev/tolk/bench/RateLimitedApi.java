package dev.tolk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tolk.support.FakeAnthropic;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * The fake Messages API behind per-minute limits, as the API enforces them: token buckets for
 * requests, input tokens (cache reads do not count) and output tokens, refilled continuously; a
 * request over a limit gets a 429 with retry-after; every answer carries the rate-limit headers
 * (token counts rounded to the thousand) and arrives after a set latency.
 */
final class RateLimitedApi extends Dispatcher implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FakeAnthropic fake = new FakeAnthropic();
  private final MockWebServer server = new MockWebServer();
  private final long requestsPerMinute;
  private final long inputPerMinute;
  private final long outputPerMinute;
  private final long latencyMillis;
  private double requests;
  private double input;
  private double output;
  private long last = System.nanoTime();
  final AtomicLong answered = new AtomicLong();
  final AtomicLong refused = new AtomicLong();
  final AtomicLong countedInput = new AtomicLong();
  final AtomicLong uncachedInput = new AtomicLong();
  final AtomicLong cacheWrite = new AtomicLong();
  final AtomicLong cacheRead = new AtomicLong();
  final AtomicLong outputTokens = new AtomicLong();

  RateLimitedApi(
      long requestsPerMinute, long inputPerMinute, long outputPerMinute, long latencyMillis)
      throws IOException {
    this.requestsPerMinute = requestsPerMinute;
    this.inputPerMinute = inputPerMinute;
    this.outputPerMinute = outputPerMinute;
    this.latencyMillis = latencyMillis;
    this.requests = requestsPerMinute;
    this.input = inputPerMinute;
    this.output = outputPerMinute;
    server.setDispatcher(this);
    server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getPort();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    MockResponse response = fake.dispatch(request);
    long in;
    long write;
    long read;
    long out;
    try {
      JsonNode usage = JSON.readTree(response.getBody().readUtf8()).get("usage");
      in = usage.get("input_tokens").asLong();
      write = usage.get("cache_creation_input_tokens").asLong();
      read = usage.get("cache_read_input_tokens").asLong();
      out = usage.get("output_tokens").asLong();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    synchronized (this) {
      // strict: the fake knows what the answer will cost, so no request is admitted on credit
      refill();
      double waitSeconds = 0;
      waitSeconds = Math.max(waitSeconds, deficit(requests, 1, requestsPerMinute));
      waitSeconds = Math.max(waitSeconds, deficit(input, in + write, inputPerMinute));
      waitSeconds = Math.max(waitSeconds, deficit(output, out, outputPerMinute));
      if (waitSeconds > 0) {
        refused.incrementAndGet();
        return headers(
            FakeAnthropic.error(
                429,
                "rate_limit_error",
                "Number of request tokens has exceeded your per-minute rate limit",
                "retry-after",
                Long.toString((long) Math.ceil(waitSeconds))));
      }
      requests -= 1;
      input -= in + write;
      output -= out;
    }
    uncachedInput.addAndGet(in);
    countedInput.addAndGet(in + write);
    cacheWrite.addAndGet(write);
    cacheRead.addAndGet(read);
    outputTokens.addAndGet(out);
    answered.incrementAndGet();
    Thread.sleep(latencyMillis);
    return headers(response);
  }

  private static double deficit(double available, long needed, long perMinute) {
    return available >= needed ? 0 : (needed - available) * 60 / perMinute;
  }

  private synchronized MockResponse headers(MockResponse response) {
    refill();
    String reset = Instant.now().plusSeconds(60).toString();
    return response
        .setHeader("anthropic-ratelimit-requests-limit", requestsPerMinute)
        .setHeader("anthropic-ratelimit-requests-remaining", (long) Math.max(0, requests))
        .setHeader("anthropic-ratelimit-requests-reset", reset)
        .setHeader("anthropic-ratelimit-input-tokens-limit", inputPerMinute)
        .setHeader(
            "anthropic-ratelimit-input-tokens-remaining",
            Math.round(Math.max(0, input) / 1000) * 1000)
        .setHeader("anthropic-ratelimit-input-tokens-reset", reset)
        .setHeader("anthropic-ratelimit-output-tokens-limit", outputPerMinute)
        .setHeader(
            "anthropic-ratelimit-output-tokens-remaining",
            Math.round(Math.max(0, output) / 1000) * 1000)
        .setHeader("anthropic-ratelimit-output-tokens-reset", reset);
  }

  private void refill() {
    long now = System.nanoTime();
    double minutes = (now - last) / 60e9;
    last = now;
    requests = Math.min(requestsPerMinute, requests + minutes * requestsPerMinute);
    input = Math.min(inputPerMinute, input + minutes * inputPerMinute);
    output = Math.min(outputPerMinute, output + minutes * outputPerMinute);
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
    fake.close();
  }
}
