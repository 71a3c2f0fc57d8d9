package dev.tolk.anthropic;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads the server's requested wait as the SDKs do: {@code retry-after-ms} (milliseconds), then
 * {@code retry-after} as seconds, then as an HTTP date. Null when absent, unparseable or not
 * positive.
 */
final class RetryAfter {
  private RetryAfter() {}

  static Duration parse(String retryAfterMs, String retryAfter, Clock clock) {
    Duration fromMs = number(retryAfterMs, 1);
    if (fromMs != null) {
      return fromMs;
    }
    Duration fromSeconds = number(retryAfter, 1000);
    if (fromSeconds != null) {
      return fromSeconds;
    }
    if (retryAfter == null) {
      return null;
    }
    try {
      ZonedDateTime when =
          ZonedDateTime.parse(retryAfter.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(clock.instant(), when.toInstant());
      return wait.isNegative() || wait.isZero() ? null : wait;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Duration number(String value, double millisPerUnit) {
    if (value == null) {
      return null;
    }
    try {
      double amount = Double.parseDouble(value.trim());
      if (!(amount > 0) || Double.isInfinite(amount)) {
        return null;
      }
      return Duration.ofMillis((long) Math.ceil(amount * millisPerUnit));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
