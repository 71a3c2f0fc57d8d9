package dev.tolk.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.anthropic.dto.BatchPage;
import dev.tolk.anthropic.dto.MessageBatch;
import dev.tolk.support.FakeTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchesClientTest {
  private static final String BATCH =
      "{\"id\":\"msgbatch_013Zva2CMHLNnXjNJJKqJ2EF\",\"type\":\"message_batch\",\"processing_status\":\"%s\",\"request_counts\":{\"processing\":0,\"succeeded\":2,\"errored\":0,\"canceled\":0,\"expired\":0},\"ended_at\":null,\"created_at\":\"2024-09-24T18:37:24.100435Z\",\"expires_at\":\"2024-09-25T18:37:24.100435Z\",\"cancel_initiated_at\":null,\"results_url\":%s}";

  @TempDir Path folder;
  private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private BatchesClient client() throws Exception {
    server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
    String base = "http://127.0.0.1:" + server.getPort();
    AnthropicHttp http =
        new AnthropicHttp(
            Endpoint.of(base),
            ApiKey.of("sk-ant-test"),
            "2023-06-01",
            Duration.ofSeconds(2),
            Duration.ofSeconds(2),
            time);
    return new BatchesClient(
        http,
        new RetryPolicy(2, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60)),
        time,
        () -> 0.0);
  }

  @Test
  void an_unknown_status_does_not_crash() throws Exception {
    BatchesClient client = client();
    server.enqueue(new MockResponse().setBody(String.format(BATCH, "validating", "null")));
    MessageBatch batch = client.retrieve("msgbatch_013Zva2CMHLNnXjNJJKqJ2EF");
    assertEquals(MessageBatch.Status.UNKNOWN, batch.status());
    assertEquals(2, batch.total());
    assertNull(batch.archivedAt());
  }

  @Test
  void list_pages_with_limit_and_cursors() throws Exception {
    BatchesClient client = client();
    server.enqueue(
        new MockResponse()
            .setBody("{\"data\":[],\"has_more\":true,\"first_id\":\"a\",\"last_id\":\"b\"}"));
    BatchPage page = client.list(100, "msgbatch_x", null);
    assertTrue(page.hasMore());
    assertEquals("b", page.lastId());
    assertEquals(
        "/v1/messages/batches?limit=100&after_id=msgbatch_x", server.takeRequest().getPath());
  }

  @Test
  void retrieve_is_retried_on_transient_errors() throws Exception {
    BatchesClient client = client();
    server.enqueue(
        new MockResponse()
            .setResponseCode(529)
            .setBody(
                "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"));
    server.enqueue(new MockResponse().setBody(String.format(BATCH, "in_progress", "null")));
    assertEquals(MessageBatch.Status.IN_PROGRESS, client.retrieve("msgbatch_1").status());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void results_come_only_from_the_configured_origin_with_the_auth_headers() throws Exception {
    BatchesClient client = client();
    server.enqueue(
        new MockResponse().setBody("{\"custom_id\":\"a\",\"result\":{\"type\":\"expired\"}}\n"));
    MessageBatch elsewhere =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .registerModule(new com.fasterxml.jackson.databind.module.SimpleModule())
            .setPropertyNamingStrategy(
                com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
            .readValue(
                String.format(BATCH, "ended", "\"https://evil.example/steal\""),
                MessageBatch.class);
    Path target = folder.resolve("results.jsonl");
    client.downloadResults(elsewhere, target);
    RecordedRequest request = server.takeRequest();
    assertEquals(
        "/v1/messages/batches/msgbatch_013Zva2CMHLNnXjNJJKqJ2EF/results", request.getPath());
    assertEquals("sk-ant-test", request.getHeader("x-api-key"));
    assertEquals("2023-06-01", request.getHeader("anthropic-version"));
    assertTrue(Files.readString(target).contains("expired"));
    assertFalse(Files.exists(folder.resolve("results.jsonl.part")));
  }

  @Test
  void create_streams_the_request_file_and_is_never_retried() throws Exception {
    BatchesClient client = client();
    Path requests = folder.resolve("requests.jsonl");
    Files.writeString(
        requests, "{\"custom_id\":\"a\",\"params\":{}}\n\n{\"custom_id\":\"b\",\"params\":{}}\n");
    server.enqueue(
        new MockResponse()
            .setResponseCode(529)
            .setBody(
                "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"));
    ApiException error =
        org.junit.jupiter.api.Assertions.assertThrows(
            ApiException.class, () -> client.create(requests));
    assertEquals(529, error.status());
    assertEquals(1, server.getRequestCount());
    assertEquals(
        "{\"requests\":[{\"custom_id\":\"a\",\"params\":{}},{\"custom_id\":\"b\",\"params\":{}}]}",
        server.takeRequest().getBody().readUtf8());
  }
}
