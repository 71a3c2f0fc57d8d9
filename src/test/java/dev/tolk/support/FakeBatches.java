package dev.tolk.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * The Message Batches API's lifecycle, as reference/anthropic-api.md §4 documents it: a batch is
 * {@code in_progress} (every request counted as processing) until it ends, then {@code ended} with
 * the counts of each result type and a results_url; results are JSONL in shuffled order; the list
 * is newest first. A batch ends after a set number of retrieves; time comes from an injected clock.
 */
public final class FakeBatches {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FakeAnthropic api;
  private final Map<String, Batch> batches = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Deque<Function<RecordedRequest, MockResponse>> script =
      new ConcurrentLinkedDeque<>();
  private final Map<String, String> resultTypes =
      Collections.synchronizedMap(new LinkedHashMap<>());
  private final AtomicInteger ids = new AtomicInteger();
  private final AtomicInteger creates = new AtomicInteger();
  private volatile Clock clock = Clock.systemUTC();
  private volatile int pollsUntilEnded = 1;
  private volatile boolean dropCreateAnswer;
  private volatile boolean cutResultsOnce;
  private volatile boolean resultsGone;
  private volatile boolean archived;
  private volatile boolean neverEnd;
  private volatile int resultsStatus = 200;
  private volatile boolean misreportCounts;
  private volatile boolean dropResultLine;
  private volatile int tooLargeAbove = Integer.MAX_VALUE;

  FakeBatches(FakeAnthropic api) {
    this.api = api;
  }

  private static final class Batch {
    final String id;
    final Instant created;
    final List<JsonNode> requests;
    int polls;
    boolean ended;
    boolean canceling;
    Instant cancelAt;
    final Map<String, String> types = new LinkedHashMap<>();

    Batch(String id, Instant created, List<JsonNode> requests) {
      this.id = id;
      this.created = created;
      this.requests = requests;
    }
  }

  public FakeBatches clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  /** A batch ends on this retrieve (1: the first poll sees it ended). */
  public FakeBatches endAfterPolls(int polls) {
    this.pollsUntilEnded = polls;
    this.neverEnd = false;
    return this;
  }

  public FakeBatches neverEnd() {
    this.neverEnd = true;
    return this;
  }

  /** Requests whose custom_id ends with the suffix get this result type instead of an answer. */
  public FakeBatches result(String customIdSuffix, String type) {
    resultTypes.put(customIdSuffix, type);
    return this;
  }

  /** The next create is accepted, then its connection is dropped before the answer. */
  public FakeBatches dropCreateAnswer() {
    dropCreateAnswer = true;
    return this;
  }

  /** The first results download is cut off in the middle of a line. */
  public FakeBatches cutResultsOnce() {
    cutResultsOnce = true;
    return this;
  }

  public FakeBatches resultsGone() {
    resultsGone = true;
    return this;
  }

  /** Results downloads are answered with this error status (404 or 410: gone). */
  public FakeBatches resultsStatus(int status) {
    resultsStatus = status;
    return this;
  }

  /** An ended batch's request_counts add up to one request fewer than it holds. */
  public FakeBatches misreportCounts() {
    misreportCounts = true;
    return this;
  }

  /** Results leave out one request's line, and request_counts agree with them. */
  public FakeBatches dropResultLine() {
    dropResultLine = true;
    return this;
  }

  /** A create of more requests than this is answered 413 request_too_large. */
  public FakeBatches tooLargeAbove(int requests) {
    tooLargeAbove = requests;
    return this;
  }

  /**
   * Another run's batch of this many requests (custom_ids {@code other_<n>}), created this long ago
   * on the fake's clock.
   */
  public String foreignBatch(int requests, Duration ago) {
    List<JsonNode> items = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      ObjectNode item = JSON.createObjectNode().put("custom_id", "other_" + i);
      item.putObject("params").putArray("messages").addObject().put("content", "{}");
      items.add(item);
    }
    String id = String.format("msgbatch_%024d", ids.incrementAndGet());
    batches.put(id, new Batch(id, clock.instant().minus(ago), items));
    return id;
  }

  /** Deletes a batch as the API's delete would (or as another workspace's key would not see it). */
  public void delete(String batchId) {
    batches.remove(batchId);
  }

  public FakeBatches archived() {
    archived = true;
    return this;
  }

  /** The next batch calls are answered by these steps (null: answered normally). */
  public FakeBatches then(Function<RecordedRequest, MockResponse> step) {
    script.add(step);
    return this;
  }

  public int creates() {
    return creates.get();
  }

  public int size() {
    return batches.size();
  }

  public List<String> ids() {
    synchronized (batches) {
      return List.copyOf(batches.keySet());
    }
  }

  /** The custom_ids of a batch's requests. */
  public List<String> customIds(String batchId) {
    return batches.get(batchId).requests.stream().map(r -> r.get("custom_id").asText()).toList();
  }

  /** Every answer carries the API's headers: the server's date and the rate limits. */
  MockResponse dispatch(RecordedRequest request) {
    MockResponse response = route(request);
    return FakeAnthropic.withRateLimits(response)
        .setHeader(
            "date",
            DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().atZone(ZoneOffset.UTC)));
  }

  private MockResponse route(RecordedRequest request) {
    Function<RecordedRequest, MockResponse> step = script.poll();
    if (step != null) {
      MockResponse scripted = step.apply(request);
      if (scripted != null) {
        return scripted;
      }
    }
    String path = request.getPath();
    String method = request.getMethod();
    String[] parts = path.split("\\?")[0].split("/");
    if (parts.length == 4 && method.equals("POST")) {
      return create(request);
    }
    if (parts.length == 4 && method.equals("GET")) {
      return list(request);
    }
    Batch batch = batches.get(parts[4]);
    if (batch == null) {
      return FakeAnthropic.error(
          404, "not_found_error", "The requested resource could not be found.");
    }
    if (parts.length == 5 && method.equals("GET")) {
      batch.polls++;
      advance(batch);
      return json(describe(batch));
    }
    if (parts.length == 5 && method.equals("DELETE")) {
      if (!batch.ended) {
        return FakeAnthropic.error(
            400, "invalid_request_error", "Batch is still in progress; cancel it first.");
      }
      batches.remove(batch.id);
      ObjectNode deleted =
          JSON.createObjectNode().put("id", batch.id).put("type", "message_batch_deleted");
      return json(deleted);
    }
    if (parts.length == 6 && parts[5].equals("cancel") && method.equals("POST")) {
      if (batch.ended) {
        return FakeAnthropic.error(400, "invalid_request_error", "Batch has already ended.");
      }
      batch.canceling = true;
      batch.cancelAt = clock.instant();
      return json(describe(batch));
    }
    if (parts.length == 6 && parts[5].equals("results") && method.equals("GET")) {
      return results(batch);
    }
    return FakeAnthropic.error(
        404, "not_found_error", "The requested resource could not be found.");
  }

  private MockResponse create(RecordedRequest request) {
    JsonNode body;
    try {
      body = JSON.readTree(request.getBody().readUtf8());
    } catch (IOException e) {
      return FakeAnthropic.error(400, "invalid_request_error", "body is not JSON");
    }
    List<JsonNode> requests = new ArrayList<>();
    body.path("requests").forEach(requests::add);
    for (JsonNode each : requests) {
      String id = each.path("custom_id").asText("");
      if (!id.matches("[a-zA-Z0-9_-]{1,64}")) {
        return FakeAnthropic.error(
            400, "invalid_request_error", "requests.0.custom_id: String should match pattern");
      }
    }
    if (requests.size() > tooLargeAbove) {
      return FakeAnthropic.error(
          413, "request_too_large", "Request exceeds the maximum allowed number of bytes.");
    }
    creates.incrementAndGet();
    String id = String.format("msgbatch_%024d", ids.incrementAndGet());
    Batch batch = new Batch(id, clock.instant(), requests);
    batches.put(id, batch);
    if (dropCreateAnswer) {
      dropCreateAnswer = false;
      return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
    }
    return json(describe(batch));
  }

  private MockResponse list(RecordedRequest request) {
    int limit = Integer.parseInt(orDefault(request.getRequestUrl().queryParameter("limit"), "20"));
    String after = request.getRequestUrl().queryParameter("after_id");
    List<Batch> newestFirst;
    synchronized (batches) {
      newestFirst = new ArrayList<>(batches.values());
    }
    Collections.reverse(newestFirst);
    int start = 0;
    if (after != null) {
      for (int i = 0; i < newestFirst.size(); i++) {
        if (newestFirst.get(i).id.equals(after)) {
          start = i + 1;
        }
      }
    }
    List<Batch> page =
        newestFirst.subList(
            Math.min(start, newestFirst.size()), Math.min(start + limit, newestFirst.size()));
    ObjectNode body = JSON.createObjectNode();
    ArrayNode data = body.putArray("data");
    page.forEach(batch -> data.add(describe(batch)));
    body.put("has_more", start + limit < newestFirst.size());
    body.put("first_id", page.isEmpty() ? null : page.get(0).id);
    body.put("last_id", page.isEmpty() ? null : page.get(page.size() - 1).id);
    return json(body);
  }

  private void advance(Batch batch) {
    if (batch.ended) {
      return;
    }
    boolean expired = !clock.instant().isBefore(batch.created.plus(Duration.ofHours(24)));
    if (batch.canceling || expired || (!neverEnd && batch.polls >= pollsUntilEnded)) {
      for (JsonNode request : batch.requests) {
        String id = request.get("custom_id").asText();
        String type = batch.canceling ? "canceled" : expired ? "expired" : typeFor(id);
        batch.types.put(id, type);
      }
      batch.ended = true;
    }
  }

  private String typeFor(String customId) {
    synchronized (resultTypes) {
      for (var entry : resultTypes.entrySet()) {
        if (customId.endsWith(entry.getKey())) {
          return entry.getValue();
        }
      }
    }
    return "succeeded";
  }

  private ObjectNode describe(Batch batch) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", batch.id);
    node.put("type", "message_batch");
    node.put(
        "processing_status", batch.ended ? "ended" : batch.canceling ? "canceling" : "in_progress");
    ObjectNode counts = node.putObject("request_counts");
    for (String key : List.of("processing", "succeeded", "errored", "canceled", "expired")) {
      counts.put(key, 0);
    }
    if (!batch.ended) {
      counts.put("processing", batch.requests.size());
    } else {
      for (String type : batch.types.values()) {
        String key = type.startsWith("errored") || type.equals("unknown") ? "errored" : type;
        counts.put(key, counts.get(key).asInt() + 1);
      }
      if (misreportCounts || dropResultLine) { // one request fewer than the batch holds
        String key = counts.get("succeeded").asInt() > 0 ? "succeeded" : "errored";
        counts.put(key, counts.get(key).asInt() - 1);
      }
    }
    node.put("ended_at", batch.ended ? clock.instant().toString() : null);
    node.put("created_at", batch.created.toString());
    node.put("expires_at", batch.created.plus(Duration.ofHours(24)).toString());
    node.put("cancel_initiated_at", batch.cancelAt == null ? null : batch.cancelAt.toString());
    node.put("archived_at", batch.ended && archived ? clock.instant().toString() : null);
    node.put(
        "results_url",
        batch.ended ? api.baseUrl() + "/v1/messages/batches/" + batch.id + "/results" : null);
    return node;
  }

  private MockResponse results(Batch batch) {
    if (!batch.ended) {
      return FakeAnthropic.error(400, "invalid_request_error", "Batch has not ended yet.");
    }
    if (resultsGone) {
      return FakeAnthropic.error(
          404, "not_found_error", "The requested resource could not be found.");
    }
    if (resultsStatus != 200) {
      return FakeAnthropic.error(
          resultsStatus,
          resultsStatus == 410 ? "gone_error" : "not_found_error",
          "The results are no longer available.");
    }
    List<String> lines = new ArrayList<>();
    for (JsonNode request : batch.requests) {
      String id = request.get("custom_id").asText();
      ObjectNode line = JSON.createObjectNode();
      line.put("custom_id", id);
      ObjectNode result = line.putObject("result");
      String type = batch.types.get(id);
      switch (type) {
        case "succeeded" ->
            result.put("type", "succeeded").set("message", api.answer(request.get("params")));
        case "errored_invalid", "errored_overloaded" -> {
          result.put("type", "errored");
          ObjectNode error = result.putObject("error");
          error.put("type", "error");
          error
              .putObject("error")
              .put(
                  "type",
                  type.equals("errored_invalid") ? "invalid_request_error" : "overloaded_error")
              .put(
                  "message",
                  type.equals("errored_invalid") ? "max_tokens: too large" : "Overloaded");
          error.putNull("request_id");
        }
        case "unknown" -> result.put("type", "a_future_type");
        default -> result.put("type", type);
      }
      lines.add(line.toString());
    }
    if (dropResultLine) {
      lines.remove(0);
    }
    Collections.shuffle(lines, new Random(batch.id.hashCode()));
    String body = String.join("\n", lines) + "\n";
    if (cutResultsOnce) {
      cutResultsOnce = false;
      body = body.substring(0, body.length() / 2);
    }
    return new MockResponse()
        .setResponseCode(200)
        .setHeader("content-type", "application/binary")
        .setBody(body);
  }

  private static MockResponse json(JsonNode node) {
    return new MockResponse()
        .setResponseCode(200)
        .setHeader("content-type", "application/json")
        .setHeader("request-id", "req_b")
        .setBody(node.toString());
  }

  private static String orDefault(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
