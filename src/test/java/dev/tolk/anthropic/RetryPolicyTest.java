package dev.tolk.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private final RetryPolicy policy =
      new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60));

  private static ApiException error(int status, RetryHint hint) {
    return new ApiException(status, "x", "m", "req_1", hint, null);
  }

  @Test
  void retries_what_the_sdks_retry() {
    for (int status : new int[] {0, 408, 409, 429, 500, 502, 503, 504, 529}) {
      assertTrue(policy.retryable(error(status, RetryHint.NONE)), "status " + status);
    }
    for (int status : new int[] {400, 403, 404, 413, 422}) {
      assertFalse(policy.retryable(error(status, RetryHint.NONE)), "status " + status);
    }
  }

  @Test
  void x_should_retry_overrides_the_status_and_spend_limits_are_final() {
    assertFalse(policy.retryable(error(529, new RetryHint(false, null, false))));
    assertTrue(policy.retryable(error(400, new RetryHint(true, null, false))));
    assertFalse(policy.retryable(error(429, new RetryHint(null, null, true))));
  }

  @Test
  void backs_off_exponentially_with_jitter_taken_off_and_a_cap() {
    assertEquals(Duration.ofMillis(500), policy.delay(error(500, RetryHint.NONE), 0, 0.0));
    assertEquals(Duration.ofMillis(750), policy.delay(error(500, RetryHint.NONE), 1, 1.0));
    assertEquals(Duration.ofSeconds(8), policy.delay(error(500, RetryHint.NONE), 10, 0.0));
  }

  @Test
  void honours_retry_after_up_to_the_cap_on_a_single_wait() {
    assertEquals(
        Duration.ofSeconds(20),
        policy.delay(error(429, new RetryHint(null, Duration.ofSeconds(20), false)), 0, 0.5));
    assertEquals(
        Duration.ofSeconds(60),
        policy.delay(error(429, new RetryHint(null, Duration.ofHours(1), false)), 0, 0.5));
  }
}
