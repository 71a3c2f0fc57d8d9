package dev.tolk.anthropic;

import dev.tolk.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * One limiter shared by every request of a run. It paces requests to the request, input-token and
 * output-token buckets that the {@code anthropic-ratelimit-*} headers announce (limit, remaining,
 * and the reset time that gives the refill rate), makes every worker wait when one of them gets a
 * 429, and adapts concurrency. The first request goes alone: it writes the prompt cache that every
 * later request reads (requests sent beside it would each pay to write it again), and a refused key
 * or an unknown model costs one request, not a wave. Then {@value #START} go at once, doubling
 * every round trip while nothing pushes back (slow start); a 429 halves it, after which it grows by
 * one per run of successes (so traffic ramps up gradually, as the API's acceleration limits ask).
 * More requests in flight than the request limit would only be refused, so the announced limit caps
 * it too.
 */
public final class RateLimiter {
  private static final String PREFIX = "anthropic-ratelimit-";
  static final int START = 32;

  /** Waits are taken in slices, so that a fresher picture from an answer is used at once. */
  private static final Duration SLICE = Duration.ofMillis(250);

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
  private boolean probing = true;
  private double inputScale = 1.0;
  private double outputScale = 1.0;
  private Instant pausedUntil = Instant.EPOCH;
  private long flightOutput;
  private ApiException halted;

  public RateLimiter(Clock clock, Sleeper sleeper, int maxConcurrency) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.maxConcurrency = Math.max(1, maxConcurrency);
    this.allowed = 1; // the probe
  }

  /** A reservation for one request; give it back through exactly one of the outcome methods. */
  public static final class Permit {
    private final long inputTokens;
    private final long outputTokens;
    private boolean settled;

    Permit(long inputTokens, long outputTokens) {
      this.inputTokens = inputTokens;
      this.outputTokens = outputTokens;
    }

    public long inputTokens() {
      return inputTokens;
    }

    public long outputTokens() {
      return outputTokens;
    }

    @Override
    public String toString() {
      return "Permit[input=" + inputTokens + ", output=" + outputTokens + "]";
    }
  }

  public Permit acquire(long estimatedInput, long estimatedOutput) throws InterruptedException {
    long inputTokens;
    long outputTokens;
    synchronized (this) {
      while (inFlight >= allowed && halted == null) {
        wait();
      }
      if (halted != null) {
        throw halted;
      }
      inFlight++;
      inputTokens = Math.round(estimatedInput * inputScale);
      outputTokens = Math.round(estimatedOutput * outputScale);
    }
    try {
      while (true) {
        Duration wait;
        boolean paused;
        synchronized (this) {
          if (halted != null) {
            throw halted; // the catch below gives the reservation back
          }
          Instant now = clock.instant();
          Duration pause = Duration.between(now, pausedUntil);
          wait =
              longest(
                  pause,
                  requests.waitFor(1, now),
                  input.waitFor(inputTokens, now),
                  output.waitFor(outputTokens, now));
          paused = pause.equals(wait);
          if (wait.isNegative() || wait.isZero()) {
            requests.take(1, now);
            input.take(inputTokens, now);
            output.take(outputTokens, now);
            flightOutput += outputTokens;
            return new Permit(inputTokens, outputTokens);
          }
        }
        // a server's retry-after is slept whole; our own estimate of a refill is rechecked often
        sleeper.sleep(paused || wait.compareTo(SLICE) <= 0 ? wait : SLICE);
      }
    } catch (InterruptedException | RuntimeException e) {
      release(null);
      throw e;
    }
  }

  /** The request was answered; headers gives the answer's header values by name. */
  public synchronized void succeeded(
      Permit permit, UnaryOperator<String> headers, long inputTokens, long outputTokens) {
    input.adjust(inputTokens - permit.inputTokens());
    output.adjust(outputTokens - permit.outputTokens());
    settle(permit);
    observe(headers); // after our own correction: the server's count already includes this request
    allowed = Math.min(allowed, ceiling());
    // the lone first answer sets the scales outright: the wave after it reserves what answers cost
    inputScale = learn(inputScale, inputTokens, permit.inputTokens(), probing ? 1.0 : 0.2);
    outputScale = learn(outputScale, outputTokens, permit.outputTokens(), probing ? 1.0 : 0.2);
    if (probing) {
      probing = false;
      allowed = Math.max(allowed, Math.min(START, ceiling()));
    } else if ((slowStart || ++successes >= allowed) && allowed < ceiling()) {
      allowed++;
      successes = 0;
    }
    release(permit);
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
    probing = false;
    release(permit);
  }

  /**
   * An error every request would get (a refused key, an unknown model): no further permit is given;
   * every waiting and later {@link #acquire} throws it.
   */
  public synchronized void halt(Permit permit, ApiException error) {
    if (halted == null) {
      halted = error;
    }
    release(permit);
  }

  /** Any other failure: the reservation is returned, nothing else changes. */
  public synchronized void failed(Permit permit) {
    release(permit);
  }

  synchronized int allowedConcurrency() {
    return allowed;
  }

  /** The configured maximum, or the announced request limit when that is lower. */
  private int ceiling() {
    long limit = requests.limit();
    return limit > 0 ? (int) Math.min(maxConcurrency, Math.max(1, limit)) : maxConcurrency;
  }

  private void observe(UnaryOperator<String> headers) {
    Instant now = clock.instant();
    Instant serverNow = RateLimitHeaders.serverNow(headers.apply("date"), now);
    // the server counts a request and its input on arrival, its output when the answer ends: the
    // output that requests still in flight will cost is not in its count yet
    observe(requests, "requests", headers, serverNow, now, 0);
    observe(input, "input-tokens", headers, serverNow, now, 0);
    observe(output, "output-tokens", headers, serverNow, now, flightOutput);
  }

  private static void observe(
      TokenBucket bucket,
      String name,
      UnaryOperator<String> headers,
      Instant serverNow,
      Instant now,
      long reservedInFlight) {
    bucket.observe(
        RateLimitHeaders.number(headers.apply(PREFIX + name + "-limit")),
        RateLimitHeaders.number(headers.apply(PREFIX + name + "-remaining")),
        RateLimitHeaders.time(headers.apply(PREFIX + name + "-reset")),
        serverNow,
        now,
        reservedInFlight);
  }

  /**
   * A moving average of actual/estimated, so that systematic estimate errors stop costing
   * throughput.
   */
  private static double learn(double scale, long actual, long reserved, double weight) {
    if (reserved <= 0 || actual <= 0) {
      return scale;
    }
    double observed = scale * actual / reserved;
    return Math.max(0.2, Math.min(5.0, (1 - weight) * scale + weight * observed));
  }

  /** Gives a request's place back (its reservation too, unless already settled). */
  private synchronized void release(Permit permit) {
    if (permit != null && !permit.settled) {
      settle(permit);
    }
    inFlight--;
    notifyAll();
  }

  private void settle(Permit permit) {
    flightOutput -= permit.outputTokens();
    permit.settled = true;
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
