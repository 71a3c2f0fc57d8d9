package dev.tolk.anthropic;

import java.time.Duration;
import java.time.Instant;

/**
 * The client's picture of one of the server's token buckets (requests, input or output tokens per
 * minute): capacity and refill rate from the {@code *-limit} header, level from what was spent and
 * what the {@code *-remaining} header says. Unknown until the first answer: then it never waits.
 */
final class TokenBucket {
  private final long tolerance;
  private long limit = -1;
  private double available;
  private Instant last;

  /**
   * @param tolerance how far the server's rounded remaining count may be above ours
   */
  TokenBucket(long tolerance) {
    this.tolerance = tolerance;
  }

  Duration waitFor(long amount, Instant now) {
    if (limit <= 0) {
      return Duration.ZERO;
    }
    refill(now);
    double needed = Math.min(amount, limit);
    if (available >= needed) {
      return Duration.ZERO;
    }
    double perMilli = limit / 60_000.0;
    return Duration.ofMillis((long) Math.ceil((needed - available) / perMilli));
  }

  void take(long amount, Instant now) {
    if (limit > 0) {
      refill(now);
      available -= amount;
    }
  }

  /** Corrects an estimate once the real amount is known. */
  void adjust(long delta) {
    if (limit > 0) {
      available -= delta;
    }
  }

  void observe(String limitHeader, String remainingHeader, Instant now) {
    Long newLimit = parse(limitHeader);
    Long remaining = parse(remainingHeader);
    if (newLimit == null || newLimit <= 0) {
      return;
    }
    if (limit <= 0) {
      limit = newLimit;
      available = remaining == null ? newLimit : remaining;
      last = now;
      return;
    }
    refill(now);
    limit = newLimit;
    if (remaining != null && remaining + tolerance < available) {
      available = remaining; // someone else spends from the same limits, or our estimate was low
    }
  }

  private void refill(Instant now) {
    if (last != null && now.isAfter(last)) {
      double perMilli = limit / 60_000.0;
      available = Math.min(limit, available + Duration.between(last, now).toMillis() * perMilli);
    }
    last = now;
  }

  private static Long parse(String header) {
    if (header == null) {
      return null;
    }
    try {
      return Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
