package dev.tolk.anthropic;

import dev.tolk.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * One limiter shared by every request of a run. It paces requests to the request, input-token and
 * output-token limits that the {@code anthropic-ratelimit-*} headers announce, makes every worker
 * wait when one of them gets a 429, and adapts concurrency: halved on a 429, then raised by one
 * after each run of successes (so traffic ramps up gradually, as the API's acceleration limits
 * ask).
 */
public final class RateLimiter {
  private static final String PREFIX = "anthropic-ratelimit-";

  private final Clock clock;
  private final Sleeper sleeper;
  private final int maxConcurrency;
  private final TokenBucket requests = new TokenBucket(0);
  private final TokenBucket input = new TokenBucket(1000);
  private final TokenBucket output = new TokenBucket(1000);
  private int allowed;
  private int inFlight;
  private int successes;
  private boolean slowStart = true;
  private double inputScale = 1.0;
  private double outputScale = 1.0;
  private Instant pausedUntil = Instant.EPOCH;

  public RateLimiter(Clock clock, Sleeper sleeper, int maxConcurrency) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.maxConcurrency = Math.max(1, maxConcurrency);
    this.allowed = Math.min(2, this.maxConcurrency);
  }

  /** A reservation for one request; give it back through exactly one of the outcome methods. */
  public record Permit(long inputTokens, long outputTokens) {}

  public Permit acquire(long estimatedInput, long estimatedOutput) throws InterruptedException {
    long inputTokens;
    long outputTokens;
    synchronized (this) {
      while (inFlight >= allowed) {
        wait();
      }
      inFlight++;
      inputTokens = Math.round(estimatedInput * inputScale);
      outputTokens = Math.round(estimatedOutput * outputScale);
    }
    try {
      while (true) {
        Duration wait;
        synchronized (this) {
          Instant now = clock.instant();
          wait =
              longest(
                  Duration.between(now, pausedUntil),
                  requests.waitFor(1, now),
                  input.waitFor(inputTokens, now),
                  output.waitFor(outputTokens, now));
          if (wait.isNegative() || wait.isZero()) {
            requests.take(1, now);
            input.take(inputTokens, now);
            output.take(outputTokens, now);
            return new Permit(inputTokens, outputTokens);
          }
        }
        sleeper.sleep(wait);
      }
    } catch (InterruptedException | RuntimeException e) {
      release();
      throw e;
    }
  }

  /** The request was answered; headers gives the answer's header values by name. */
  public synchronized void succeeded(
      Permit permit, UnaryOperator<String> headers, long inputTokens, long outputTokens) {
    input.adjust(inputTokens - permit.inputTokens());
    output.adjust(outputTokens - permit.outputTokens());
    observe(headers); // after our own correction: the server's count already includes this request
    inputScale = learn(inputScale, inputTokens, permit.inputTokens());
    outputScale = learn(outputScale, outputTokens, permit.outputTokens());
    if ((slowStart || ++successes >= allowed) && allowed < maxConcurrency) {
      allowed++;
      successes = 0;
    }
    release();
  }

  /** A 429: everyone waits at least {@code wait}, and fewer requests run at once. */
  public synchronized void rateLimited(Permit permit, Duration wait) {
    Instant until = clock.instant().plus(wait);
    if (until.isAfter(pausedUntil)) {
      pausedUntil = until;
    }
    allowed = Math.max(1, allowed / 2);
    successes = 0;
    slowStart = false;
    release();
  }

  /** Any other failure: the reservation is returned, nothing else changes. */
  public synchronized void failed(Permit permit) {
    release();
  }

  synchronized int allowedConcurrency() {
    return allowed;
  }

  private void observe(UnaryOperator<String> headers) {
    Instant now = clock.instant();
    requests.observe(
        headers.apply(PREFIX + "requests-limit"),
        headers.apply(PREFIX + "requests-remaining"),
        now);
    input.observe(
        headers.apply(PREFIX + "input-tokens-limit"),
        headers.apply(PREFIX + "input-tokens-remaining"),
        now);
    output.observe(
        headers.apply(PREFIX + "output-tokens-limit"),
        headers.apply(PREFIX + "output-tokens-remaining"),
        now);
  }

  /**
   * A moving average of actual/estimated, so that systematic estimate errors stop costing
   * throughput.
   */
  private static double learn(double scale, long actual, long reserved) {
    if (reserved <= 0 || actual <= 0) {
      return scale;
    }
    double observed = scale * actual / reserved;
    return Math.max(0.2, Math.min(5.0, 0.8 * scale + 0.2 * observed));
  }

  private synchronized void release() {
    inFlight--;
    notifyAll();
  }

  private static Duration longest(Duration... durations) {
    Duration longest = Duration.ZERO;
    for (Duration duration : durations) {
      if (duration.compareTo(longest) > 0) {
        longest = duration;
      }
    }
    return longest;
  }
}
