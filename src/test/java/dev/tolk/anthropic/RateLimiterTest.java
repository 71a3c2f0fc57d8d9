package dev.tolk.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.support.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;
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
    RateLimiter limiter = new RateLimiter(time, time, 64);
    RateLimiter.Permit permit = limiter.acquire(1, 1);
    limiter.succeeded(permit, name -> null, 1, 1);
    limiter.succeeded(limiter.acquire(1, 1), name -> null, 1, 1);
    assertEquals(
        RateLimiter.START + 1,
        limiter.allowedConcurrency(),
        "the probe answered: START at once, then slow start: one more per success");
    limiter.rateLimited(limiter.acquire(1, 1), Duration.ofSeconds(7));
    assertEquals((RateLimiter.START + 1) / 2, limiter.allowedConcurrency());
    limiter.acquire(1, 1);
    assertEquals(Duration.ofSeconds(7), time.totalSlept());
  }

  @Test
  void after_a_429_concurrency_grows_by_one_per_round_of_successes() throws Exception {
    RateLimiter limiter = new RateLimiter(time, time, 8);
    limiter.succeeded(limiter.acquire(1, 1), name -> null, 1, 1); // the lone first request
    while (limiter.allowedConcurrency() > 1) {
      limiter.rateLimited(limiter.acquire(1, 1), Duration.ofSeconds(1));
    }
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
  void after_a_lone_first_request_concurrency_doubles_per_round_trip_while_nothing_pushes_back()
      throws Exception {
    RateLimiter limiter = new RateLimiter(time, time, 64);
    assertEquals(1, limiter.allowedConcurrency(), "the first request goes alone");
    limiter.succeeded(limiter.acquire(1, 1), name -> null, 1, 1);
    assertEquals(RateLimiter.START, limiter.allowedConcurrency());
    for (int round = 1; round <= 2; round++) {
      int width = limiter.allowedConcurrency();
      java.util.List<RateLimiter.Permit> inFlight = new java.util.ArrayList<>();
      for (int i = 0; i < width; i++) {
        inFlight.add(limiter.acquire(1, 1));
      }
      inFlight.forEach(permit -> limiter.succeeded(permit, name -> null, 1, 1));
      assertEquals(Math.min(64, width * 2), limiter.allowedConcurrency(), "round " + round);
    }
    assertEquals(64, limiter.allowedConcurrency());
    assertTrue(time.sleeps().isEmpty());
  }

  private UnaryOperator<String> requestHeaders(long limit, long remaining, Duration untilFull) {
    Map<String, String> map =
        Map.of(
            "anthropic-ratelimit-requests-limit", Long.toString(limit),
            "anthropic-ratelimit-requests-remaining", Long.toString(remaining),
            "anthropic-ratelimit-requests-reset", time.instant().plus(untilFull).toString());
    return map::get;
  }

  @Test
  void a_window_shorter_than_a_minute_is_learned_from_the_reset_time() throws Exception {
    RateLimiter limiter = new RateLimiter(time, time, 1);
    // 50 requests, refilled over 3 s: 10 missing are back in 600 ms
    limiter.succeeded(limiter.acquire(1, 1), requestHeaders(50, 40, Duration.ofMillis(600)), 1, 1);
    for (int i = 0; i < 40; i++) {
      limiter.succeeded(limiter.acquire(1, 1), name -> null, 1, 1);
    }
    limiter.acquire(1, 1);
    assertEquals(
        Duration.ofMillis(60),
        time.totalSlept(),
        "one request every 60 ms (50 per 3 s), not every 1.2 s (50 per minute)");
  }

  @Test
  void a_reset_time_to_the_whole_second_close_ahead_is_too_coarse_to_learn_from() throws Exception {
    RateLimiter limiter = new RateLimiter(time, time, 1);
    Map<String, String> map =
        Map.of(
            "anthropic-ratelimit-requests-limit", "60",
            "anthropic-ratelimit-requests-remaining", "0",
            "anthropic-ratelimit-requests-reset", time.instant().plusSeconds(1).toString());
    limiter.succeeded(limiter.acquire(1, 1), map::get, 1, 1);
    limiter.acquire(1, 1);
    assertEquals(Duration.ofSeconds(1), time.totalSlept(), "the per-minute fallback");
  }

  @Test
  void a_server_level_above_ours_is_believed_and_spent_at_once() throws Exception {
    RateLimiter limiter = new RateLimiter(time, time, 1);
    limiter.succeeded(limiter.acquire(1, 1), headers(60, 0, 100_000, 100_000), 1, 1);
    // refilled faster than a minute's rate would: the next answer says 30 are back
    limiter.succeeded(limiter.acquire(1, 1), headers(60, 30, 100_000, 100_000), 1, 1);
    long before = time.totalSlept().toMillis();
    for (int i = 0; i < 30; i++) {
      limiter.succeeded(limiter.acquire(1, 1), name -> null, 1, 1);
    }
    assertEquals(before, time.totalSlept().toMillis(), "30 requests sent without waiting");
  }

  @Test
  void waits_in_slices_so_that_fresher_news_is_used() throws Exception {
    RateLimiter limiter = new RateLimiter(time, time, 1);
    limiter.succeeded(limiter.acquire(1, 1), headers(6, 0, 100_000, 100_000), 1, 1);
    limiter.acquire(1, 1);
    assertEquals(Duration.ofSeconds(10), time.totalSlept());
    assertTrue(
        time.sleeps().stream().allMatch(sleep -> sleep.toMillis() <= 250), "" + time.sleeps());
  }

  @Test
  void no_more_requests_in_flight_than_the_announced_request_limit() throws Exception {
    RateLimiter limiter = new RateLimiter(time, time, 64);
    for (int i = 0; i < 20; i++) {
      limiter.succeeded(limiter.acquire(1, 1), headers(5, 5, 100_000, 100_000), 1, 1);
    }
    assertEquals(5, limiter.allowedConcurrency());
  }

  @Test
  void reset_times_are_read_on_the_server_clock_when_ours_is_far_off() {
    Instant now = Instant.parse("2026-11-21T10:00:00.300Z");
    assertEquals(
        Instant.parse("2026-11-21T10:05:00.500Z"),
        RateLimitHeaders.serverNow("Sat, 21 Nov 2026 10:05:00 GMT", now));
    assertEquals(now, RateLimitHeaders.serverNow("Sat, 21 Nov 2026 10:00:01 GMT", now));
    assertEquals(now, RateLimitHeaders.serverNow("yesterday", now));
  }

  @Test
  void a_server_level_above_ours_is_believed_only_net_of_what_requests_in_flight_reserved()
      throws Exception {
    RateLimiter limiter = new RateLimiter(time, time, 4);
    limiter.succeeded(limiter.acquire(1, 1000), headers(1000, 1000, 6000, 6000), 1, 1000);
    RateLimiter.Permit slow = limiter.acquire(1, 3000); // its answer is not counted yet
    RateLimiter.Permit quick = limiter.acquire(1, 1000);
    // the quick answer's headers know nothing of the slow request's 3,000 output tokens
    limiter.succeeded(quick, headers(1000, 998, 6000, 6000), 1, 1000);
    limiter.acquire(1, 3000);
    assertTrue(
        time.totalSlept().toMillis() > 0,
        "6,000 - 500 (rounding) - 3,000 in flight leaves 2,500: 3,000 more must wait");
    limiter.succeeded(slow, name -> null, 1, 3000);
  }

  @Test
  void the_lone_first_answer_sets_what_the_next_wave_reserves() throws Exception {
    RateLimiter limiter = new RateLimiter(time, time, 64);
    RateLimiter.Permit probe = limiter.acquire(100, 1000);
    limiter.succeeded(probe, name -> null, 100, 1500); // answers cost half again the estimate
    assertEquals(1500, limiter.acquire(100, 1000).outputTokens(), "not 1,100 (a fifth of the way)");
  }
}
