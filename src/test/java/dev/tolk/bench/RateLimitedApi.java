package dev.tolk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tolk.support.FakeAnthropic;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * The fake Messages API behind a rate-limit profile, as the API enforces limits: token buckets for
 * requests, input tokens (cache reads do not count) and output tokens, each holding its limit and
 * refilled continuously over the profile's window (a minute, or a shorter one: "60 RPM might be
 * enforced as 1 request per second"); a request over a limit gets a 429 with retry-after and is
 * charged to the request bucket all the same; every answer carries the rate-limit headers (token
 * counts rounded to the thousand, reset = when the bucket is full again) and the date, and arrives
 * after the profile's latency.
 */
final class RateLimitedApi extends Dispatcher implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Limits per window (0: none, and no rate-limit headers) and latency: base plus per output token,
   * scaled.
   */
  record Profile(
      String name,
      long requests,
      long inputTokens,
      long outputTokens,
      Duration window,
      long baseLatencyMillis,
      double millisPerOutputToken,
      double latencyScale) {

    boolean limited() {
      return requests > 0;
    }

    long latencyMillis(long outputTokens) {
      return Math.round((baseLatencyMillis + millisPerOutputToken * outputTokens) * latencyScale);
    }
  }

  static final Profile TIER_1 =
      new Profile(
          "Tier 1: 50 requests, 30,000 input and 8,000 output tokens per minute, 1 s latency",
          50,
          30_000,
          8_000,
          Duration.ofMinutes(1),
          1000,
          0,
          1);

  static final Profile SHORT_WINDOWS =
      new Profile(
          "Tier-1 limits refilled over 3 s windows, 1 s latency",
          50,
          30_000,
          8_000,
          Duration.ofSeconds(3),
          1000,
          0,
          1);

  static final Profile NO_LIMITS =
      new Profile(
          "no limits, latency 1 s + 15 ms per output token scaled by 0.05",
          0,
          0,
          0,
          Duration.ofMinutes(1),
          1000,
          15,
          0.05);

  private final FakeAnthropic fake = new FakeAnthropic();
  private final MockWebServer server = new MockWebServer();
  private final Profile profile;
  private double requests;
  private double input;
  private double output;
  private long last = System.nanoTime();
  final AtomicLong firstRequest = new AtomicLong();
  final AtomicLong lastAnswer = new AtomicLong();
  final AtomicLong answered = new AtomicLong();
  final AtomicLong refused = new AtomicLong();
  final java.util.Map<String, Integer> refusedBy = new java.util.TreeMap<>();
  final AtomicLong countedInput = new AtomicLong();
  final AtomicLong uncachedInput = new AtomicLong();
  final AtomicLong cacheWrite = new AtomicLong();
  final AtomicLong cacheRead = new AtomicLong();
  final AtomicLong outputTokens = new AtomicLong();

  RateLimitedApi(Profile profile) throws IOException {
    this.profile = profile;
    this.requests = profile.requests();
    this.input = profile.inputTokens();
    this.output = profile.outputTokens();
    server.setDispatcher(this);
    server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getPort();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    firstRequest.compareAndSet(0, System.nanoTime());
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
    if (profile.limited()) {
      synchronized (this) {
        // strict: the fake knows what the answer will cost, so no request is admitted on credit
        refill();
        double requestWait = deficit(requests, 1, profile.requests());
        double inputWait = deficit(input, in + write, profile.inputTokens());
        double outputWait = deficit(output, out, profile.outputTokens());
        double waitSeconds = Math.max(requestWait, Math.max(inputWait, outputWait));
        requests -= 1; // a refused request counts against the request limit too
        if (waitSeconds > 0) {
          refused.incrementAndGet();
          String bucket =
              waitSeconds == requestWait
                  ? "requests"
                  : waitSeconds == inputWait ? "input tokens" : "output tokens";
          refusedBy.merge(bucket, 1, Integer::sum);
          return headers(
              FakeAnthropic.error(
                  429,
                  "rate_limit_error",
                  "Number of request tokens has exceeded your per-minute rate limit",
                  "retry-after",
                  Long.toString((long) Math.ceil(waitSeconds))));
        }
        input -= in + write;
        output -= out;
      }
    }
    uncachedInput.addAndGet(in);
    countedInput.addAndGet(in + write);
    cacheWrite.addAndGet(write);
    cacheRead.addAndGet(read);
    outputTokens.addAndGet(out);
    answered.incrementAndGet();
    Thread.sleep(profile.latencyMillis(out));
    lastAnswer.set(System.nanoTime());
    return headers(response);
  }

  /** Seconds until the bucket holds {@code needed}. */
  private double deficit(double available, long needed, long limit) {
    double perSecond = limit / (double) profile.window().toSeconds();
    return available >= needed ? 0 : (needed - available) / perSecond;
  }

  private synchronized MockResponse headers(MockResponse response) {
    Instant now = Instant.now();
    response.setHeader(
        "date", DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atZone(ZoneOffset.UTC)));
    if (!profile.limited()) {
      return response;
    }
    refill();
    header(response, "requests", profile.requests(), requests, 1, now);
    header(response, "input-tokens", profile.inputTokens(), input, 1000, now);
    header(response, "output-tokens", profile.outputTokens(), output, 1000, now);
    return response;
  }

  private void header(
      MockResponse response,
      String bucket,
      long limit,
      double available,
      long rounding,
      Instant now) {
    double missing = Math.max(0, limit - available);
    long untilFull = Math.round(missing / limit * profile.window().toMillis());
    response
        .setHeader("anthropic-ratelimit-" + bucket + "-limit", limit)
        .setHeader(
            "anthropic-ratelimit-" + bucket + "-remaining",
            Math.round(Math.max(0, available) / rounding) * rounding)
        .setHeader(
            "anthropic-ratelimit-" + bucket + "-reset", now.plusMillis(untilFull).toString());
  }

  private void refill() {
    long now = System.nanoTime();
    double windows = (now - last) / (double) profile.window().toNanos();
    last = now;
    requests = Math.min(profile.requests(), requests + windows * profile.requests());
    input = Math.min(profile.inputTokens(), input + windows * profile.inputTokens());
    output = Math.min(profile.outputTokens(), output + windows * profile.outputTokens());
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
    fake.close();
  }
}
