package dev.tolk.anthropic;

import java.time.Duration;

/**
 * How requests are retried: as the official SDKs do (408, 409, 429, 5xx including 529 and
 * connection failures; {@code x-should-retry} first; the server's retry-after, else exponential
 * backoff with up to 25% jitter taken off), but bounded by {@code maxWait} per wait and a deadline.
 */
public record RetryPolicy(
    int maxRetries, Duration initialBackoff, Duration maxBackoff, Duration maxWait) {

  public boolean retryable(ApiException error) {
    if (error.hint().spendLimit() || error instanceof AuthenticationException) {
      return false;
    }
    if (error.hint().shouldRetry() != null) {
      return error.hint().shouldRetry();
    }
    int status = error.status();
    return status == 0 || status == 408 || status == 409 || status == 429 || status >= 500;
  }

  /**
   * @param retriesTaken retries already made (0 before the first retry)
   * @param jitter a random number in [0, 1)
   */
  public Duration delay(ApiException error, int retriesTaken, double jitter) {
    Duration requested = error.hint().retryAfter();
    if (requested != null) {
      return requested.compareTo(maxWait) > 0 ? maxWait : requested;
    }
    double seconds =
        Math.min(
            initialBackoff.toMillis() / 1000.0 * Math.pow(2, retriesTaken),
            maxBackoff.toMillis() / 1000.0);
    return Duration.ofMillis((long) (seconds * 1000 * (1 - 0.25 * jitter)));
  }
}
