package dev.tolk.anthropic;

import java.time.Duration;
import java.time.Instant;

/**
 * The client's picture of one of the server's token buckets (requests, input or output tokens):
 * capacity from the {@code *-limit} header, level from what was spent and what {@code *-remaining}
 * says (in both directions: a level above ours means the server refilled faster than we assumed),
 * and refill rate from {@code *-reset}, the time the bucket is full again: the missing amount over
 * the time until then. The API documents the limits per minute but enforces them over windows that
 * may be much shorter ("60 RPM might be enforced as 1 request per second"), so a minute is only the
 * fallback when no usable reset time has been seen. Unknown until the first answer: then it never
 * waits.
 */
final class TokenBucket {
  private static final double MINUTE = 60_000;
  private static final double SHORTEST_WINDOW = 1_000;

  private final long rounding;
  private long limit = -1;
  private double available;
  private double perMilli;
  private boolean rateObserved;
  private Instant last;

  /**
   * @param rounding how the server rounds {@code *-remaining} (tokens: to the nearest thousand)
   */
  TokenBucket(long rounding) {
    this.rounding = rounding;
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

  /**
   * @param serverNow the server's time when it answered, as well as we know it
   * @param reservedInFlight what requests still in flight reserved that the server has not counted
   *     yet (output tokens are counted when an answer ends; requests and input tokens on arrival)
   */
  void observe(
      Long newLimit,
      Long remaining,
      Instant reset,
      Instant serverNow,
      Instant now,
      long reservedInFlight) {
    if (newLimit == null || newLimit <= 0) {
      return;
    }
    boolean first = limit <= 0;
    if (first) {
      perMilli = newLimit / MINUTE;
    } else {
      refill(now);
    }
    limit = newLimit;
    last = now;
    if (remaining == null) {
      available = first ? newLimit : available;
      return;
    }
    double level = remaining - reservedInFlight; // what we may spend once those are counted
    double half = rounding / 2.0;
    if (first || level + half < available) {
      available = level; // someone else spends from the same limits, or our estimate was low
    } else if (level - half > available) {
      available = level - half; // refilled faster than we assumed
    }
    if (reset != null) {
      // a reset to the whole second is 1 s coarse: only a time well ahead says anything then
      long untilFull = Duration.between(serverNow, reset).toMillis();
      if (reset.getNano() != 0 || untilFull >= 5_000) {
        learnRate(limit - remaining, untilFull);
      }
    }
  }

  /** The announced capacity; -1 before any answer has said. */
  long limit() {
    return limit;
  }

  /** Refill per second, as last learned; for tests and logs. */
  double perSecond() {
    return perMilli * 1000;
  }

  /**
   * One observation of the refill rate: {@code missing} comes back within {@code untilFull} ms.
   * Only an amount well above the rounding says anything; the first one replaces the per-minute
   * guess, later ones are averaged in, and the rate stays between a minute's and a second's refill.
   */
  private void learnRate(long missing, long untilFull) {
    if (missing < Math.max(1, 2 * rounding) || untilFull <= 0) {
      return;
    }
    // the remaining count may be rounded up by half the rounding: take the slower reading
    double observed = (missing - rounding / 2.0) / untilFull;
    double rate = rateObserved ? 0.7 * perMilli + 0.3 * observed : observed;
    perMilli = Math.max(limit / MINUTE, Math.min(limit / SHORTEST_WINDOW, rate));
    rateObserved = true;
  }

  private void refill(Instant now) {
    if (last != null && now.isAfter(last)) {
      available = Math.min(limit, available + Duration.between(last, now).toMillis() * perMilli);
    }
    last = now;
  }
}
