package dev.tolk.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.support.FakeTime;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final FakeTime time = new FakeTime();

  private static java.util.function.UnaryOperator<String> headers(
      long requestsLimit, long requestsLeft, long outLimit, long outLeft) {
    Map<String, String> map =
        Map.of(
            "anthropic-ratelimit-requests-limit", Long.toString(requestsLimit),
            "anthropic-ratelimit-requests-remaining", Long.toString(requestsLeft),
            "anthropic-ratelimit-output-tokens-limit", Long.toString(outLimit),
            "anthropic-ratelimit-output-tokens-remaining", Long.toString(outLeft));
    return map::get;
  }

  @Test
  void paces_requests_to_the_announced_limit_once_the_bucket_is_empty() throws Exception {
    RateLimiter limiter = new RateLimiter(time, time, 1);
    RateLimiter.Permit first = limiter.acquire(10, 10);
    limiter.succeeded(first, headers(60, 0, 100_000, 100_000), 10, 10);
    RateLimiter.Permit second = limiter.acquire(10, 10);
    assertEquals(Duration.ofSeconds(1), time.totalSlept(), "60 per minute: one request a second");
    limiter.succeeded(second, headers(60, 0, 100_000, 100_000), 10, 10);
  }

  @Test
  void waits_for_output_tokens_using_actual_usage() throws Exception {
    RateLimiter limiter = new RateLimiter(time, time, 1);
    RateLimiter.Permit first = limiter.acquire(10, 6000);
    limiter.succeeded(first, headers(1000, 999, 6000, 0), 10, 6000);
    limiter.acquire(10, 1000);
    assertEquals(
        Duration.ofSeconds(10), time.totalSlept(), "6,000 output tokens a minute: 1,000 take 10 s");
  }

  @Test
  void a_429_makes_every_worker_wait_and_halves_concurrency() throws Exception {
    RateLimiter limiter = new RateLimiter(time, time, 8);
    RateLimiter.Permit permit = limiter.acquire(1, 1);
    limiter.succeeded(permit, name -> null, 1, 1);
    limiter.succeeded(limiter.acquire(1, 1), name -> null, 1, 1);
    assertEquals(4, limiter.allowedConcurrency(), "slow start: one more per success");
    limiter.rateLimited(limiter.acquire(1, 1), Duration.ofSeconds(7));
    assertEquals(2, limiter.allowedConcurrency());
    limiter.acquire(1, 1);
    assertEquals(Duration.ofSeconds(7), time.totalSlept());
  }

  @Test
  void after_a_429_concurrency_grows_by_one_per_round_of_successes() throws Exception {
    RateLimiter limiter = new RateLimiter(time, time, 8);
    limiter.rateLimited(limiter.acquire(1, 1), Duration.ofSeconds(1));
    assertEquals(1, limiter.allowedConcurrency());
    limiter.succeeded(limiter.acquire(1, 1), name -> null, 1, 1);
    assertEquals(2, limiter.allowedConcurrency());
    limiter.succeeded(limiter.acquire(1, 1), name -> null, 1, 1);
    assertEquals(2, limiter.allowedConcurrency());
    limiter.succeeded(limiter.acquire(1, 1), name -> null, 1, 1);
    assertEquals(3, limiter.allowedConcurrency());
  }

  @Test
  void reservations_learn_from_what_answers_actually_cost() throws Exception {
    RateLimiter limiter = new RateLimiter(time, time, 1);
    for (int i = 0; i < 30; i++) {
      RateLimiter.Permit permit = limiter.acquire(100, 1000);
      limiter.succeeded(permit, name -> null, 100, 500);
    }
    RateLimiter.Permit learned = limiter.acquire(100, 1000);
    assertEquals(100, learned.inputTokens());
    assertTrue(
        Math.abs(learned.outputTokens() - 500) < 20,
        "estimates twice too high are halved: " + learned);
  }

  @Test
  void concurrency_ramps_up_gradually_to_the_maximum() throws Exception {
    RateLimiter limiter = new RateLimiter(time, time, 4);
    assertEquals(2, limiter.allowedConcurrency());
    for (int i = 0; i < 20; i++) {
      limiter.succeeded(limiter.acquire(1, 1), name -> null, 1, 1);
    }
    assertEquals(4, limiter.allowedConcurrency());
    assertTrue(time.sleeps().isEmpty());
  }
}
