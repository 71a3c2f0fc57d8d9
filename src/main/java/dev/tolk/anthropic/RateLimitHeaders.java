package dev.tolk.anthropic;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reading the values of the {@code anthropic-ratelimit-*} and {@code date} headers. */
final class RateLimitHeaders {
  /** Clocks further apart than this are skewed; closer, the second-coarse date says nothing. */
  private static final Duration SKEW = Duration.ofSeconds(2);

  private RateLimitHeaders() {}

  /** A count; null when absent or unreadable. */
  static Long number(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** An RFC 3339 time ({@code *-reset}); null when absent or unreadable. */
  static Instant time(String value) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.trim()).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The server's time of an answer: our own clock, unless the answer's {@code date} (RFC 1123, to
   * the second) shows the two clocks clearly apart, so that reset times compare right either way.
   */
  static Instant serverNow(String dateHeader, Instant now) {
    if (dateHeader == null) {
      return now;
    }
    try {
      Instant date = DateTimeFormatter.RFC_1123_DATE_TIME.parse(dateHeader, Instant::from);
      Instant middle = date.plusMillis(500); // the date is truncated to the second
      return Duration.between(now, middle).abs().compareTo(SKEW) > 0 ? middle : now;
    } catch (DateTimeParseException e) {
      return now;
    }
  }
}
