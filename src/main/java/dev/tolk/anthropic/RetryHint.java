package dev.tolk.anthropic;

import java.time.Duration;

/**
 * What an answer says about retrying it.
 *
 * @param shouldRetry the {@code x-should-retry} header: TRUE or FALSE overrides the status rules
 * @param retryAfter the server's requested wait, or null
 * @param spendLimit an account spend limit was reached: no retry can succeed
 */
public record RetryHint(Boolean shouldRetry, Duration retryAfter, boolean spendLimit) {
  public static final RetryHint NONE = new RetryHint(null, null, false);
}
