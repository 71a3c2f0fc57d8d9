package dev.tolk.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tolk.anthropic.dto.InputMessage;
import dev.tolk.anthropic.dto.Message;
import dev.tolk.anthropic.dto.MessageRequest;
import dev.tolk.anthropic.dto.TextBlock;
import dev.tolk.support.FakeAnthropic;
import dev.tolk.support.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessagesClientTest {
  private final FakeAnthropic api = new FakeAnthropic();
  private final FakeTime time = new FakeTime();
  private final MessageRequest request =
      new MessageRequest(
          "claude-sonnet-5",
          500,
          List.of(TextBlock.cached("instructions")),
          List.of(
              new InputMessage(
                  "user",
                  "{\"source_language\":\"en\",\"target_language\":\"fr\",\"items\":{\"1\":\"Save\"}}")),
          null,
          null);

  @AfterEach
  void stop() throws Exception {
    api.close();
  }

  private MessagesClient client(String key, Duration readTimeout) {
    AnthropicHttp http =
        new AnthropicHttp(
            Endpoint.of(api.baseUrl()),
            ApiKey.of(key),
            "2023-06-01",
            Duration.ofSeconds(2),
            readTimeout,
            time);
    RetryPolicy policy =
        new RetryPolicy(2, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60));
    return new MessagesClient(http, new RateLimiter(time, time, 4), policy, time, () -> 0.0);
  }

  private Message create() throws InterruptedException {
    return client(FakeAnthropic.KEY, Duration.ofSeconds(5)).create(request, 10, Instant.MAX);
  }

  @Test
  void sends_the_documented_headers_and_body() throws Exception {
    Message message = create();
    assertEquals("end_turn", message.stopReason());
    var recorded = api.requests().get(0);
    assertEquals("POST", recorded.getMethod());
    assertEquals(FakeAnthropic.KEY, recorded.getHeader("x-api-key"));
    assertEquals("2023-06-01", recorded.getHeader("anthropic-version"));
    assertTrue(recorded.getHeader("content-type").startsWith("application/json"));
    JsonNode body = api.bodies().get(0);
    assertEquals("ephemeral", body.at("/system/0/cache_control/type").asText());
    assertEquals(500, body.get("max_tokens").asInt());
    assertFalse(
        body.has("temperature") || body.has("top_p") || body.has("top_k"),
        "no sampling parameters");
    assertEquals(1, body.get("messages").size(), "no prefill");
  }

  @Test
  void half_a_json_body_followed_by_a_clean_close_is_retried_like_a_reset() throws Exception {
    api.thenRaw(200, "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assist");
    api.thenRaw(200, "");
    Message message = create();
    assertEquals("end_turn", message.stopReason());
    assertEquals(3, api.requestCount(), "two cut-off answers, then the answer");
  }

  @Test
  void a_complete_body_that_is_not_the_api_json_is_not_retried() {
    api.thenRaw(200, "<html>proxy error</html>");
    ApiException error = assertThrows(ApiException.class, this::create);
    assertEquals(ApiException.INVALID_RESPONSE, error.errorType());
    assertEquals(1, api.requestCount());
  }

  @Test
  void overloaded_529_and_500_are_retried_with_backoff() throws Exception {
    api.thenError(529, "overloaded_error", "Overloaded")
        .thenError(500, "api_error", "Internal server error");
    create();
    assertEquals(3, api.requestCount());
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000)), time.sleeps());
  }

  @Test
  void a_429_with_retry_after_waits_that_long() throws Exception {
    api.thenError(
        429,
        "rate_limit_error",
        "Number of requests has exceeded your rate limit",
        "retry-after",
        "17");
    create();
    assertEquals(List.of(Duration.ofSeconds(17)), time.sleeps());
  }

  @Test
  void a_429_without_retry_after_is_retried_a_bounded_number_of_times() {
    for (int i = 0; i < 5; i++) {
      api.thenError(429, "rate_limit_error", "rate limited");
    }
    ApiException error = assertThrows(ApiException.class, this::create);
    assertEquals(429, error.status());
    assertEquals(3, api.requestCount(), "the first attempt and 2 retries");
  }

  @Test
  void the_spend_limit_429_is_not_retried() {
    api.then(
        exchange -> {
          exchange.override =
              FakeAnthropic.error(429, "rate_limit_error", "You have reached your API usage limits")
                  .setBody(
                      "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"You have reached your API usage limits\",\"details\":{\"error_code\":\"enforced_spend_limit_reached\"}},\"request_id\":\"req_018EeWyXxfu5pfWkrYcMdjWG\"}");
          return exchange;
        });
    ApiException error = assertThrows(ApiException.class, this::create);
    assertTrue(error.hint().spendLimit());
    assertEquals("req_err429", error.requestId());
    assertEquals(1, api.requestCount());
  }

  @Test
  void a_401_is_not_retried_and_carries_status_type_message_and_request_id() {
    ApiException error =
        assertThrows(
            ApiException.class,
            () -> client("sk-ant-wrong", Duration.ofSeconds(5)).create(request, 10, Instant.MAX));
    assertInstanceOf(AuthenticationException.class, error);
    assertEquals(
        "HTTP 401 authentication_error: invalid x-api-key (request-id req_err401)",
        error.getMessage());
    assertEquals(1, api.requestCount());
  }

  @Test
  void a_400_is_not_retried() {
    api.thenError(400, "invalid_request_error", "max_tokens: too large");
    ApiException error = assertThrows(ApiException.class, this::create);
    assertEquals(400, error.status());
    assertEquals("invalid_request_error", error.errorType());
    assertEquals(1, api.requestCount());
  }

  @Test
  void a_dropped_connection_is_retried() throws Exception {
    api.thenDrop();
    create();
    assertEquals(2, api.requestCount());
  }

  @Test
  void a_stalled_response_times_out_and_is_retried() throws Exception {
    api.thenStall();
    Message message =
        client(FakeAnthropic.KEY, Duration.ofMillis(300)).create(request, 10, Instant.MAX);
    assertEquals("end_turn", message.stopReason());
    assertEquals(2, api.requestCount());
  }

  @Test
  void a_non_json_body_is_an_error_that_keeps_the_request_id() {
    api.thenRaw(502, "<html>Bad gateway</html>")
        .thenRaw(502, "<html>Bad gateway</html>")
        .thenRaw(502, "<html>Bad gateway</html>");
    ApiException error = assertThrows(ApiException.class, this::create);
    assertEquals(502, error.status());
    assertNull(error.errorType());
    assertEquals("HTTP 502: <html>Bad gateway</html> (request-id req_raw)", error.getMessage());
  }

  @Test
  void the_deadline_bounds_retries() {
    api.thenError(529, "overloaded_error", "Overloaded")
        .thenError(529, "overloaded_error", "Overloaded");
    ApiException error =
        assertThrows(
            ApiException.class,
            () ->
                client(FakeAnthropic.KEY, Duration.ofSeconds(5))
                    .create(request, 10, time.instant().plusMillis(100)));
    assertEquals(529, error.status());
    assertEquals(1, api.requestCount());
  }

  @Test
  void the_key_is_only_sent_to_the_configured_origin() {
    AnthropicHttp http =
        new AnthropicHttp(
            Endpoint.of(api.baseUrl()),
            ApiKey.of(FakeAnthropic.KEY),
            "2023-06-01",
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            time);
    assertThrows(
        IllegalArgumentException.class,
        () -> http.request(okhttp3.HttpUrl.get("https://elsewhere.example/v1/messages")));
    assertThrows(
        dev.tolk.core.ConfigurationException.class, () -> Endpoint.of("http://api.example.com"));
    assertEquals(
        "http://127.0.0.1:8080/v1/messages",
        Endpoint.of("http://127.0.0.1:8080/v1").resolve("v1/messages").toString());
    assertEquals("ApiKey[redacted]", ApiKey.of(FakeAnthropic.KEY).toString());
  }
}
