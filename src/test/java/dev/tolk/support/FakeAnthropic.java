package dev.tolk.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * A stateful fake of {@code POST /v1/messages} on 127.0.0.1, answering as
 * reference/anthropic-api.md documents: auth by x-api-key, error bodies with request-id, tool_use
 * answers, usage with prompt caching, rate-limit headers. Faults are scripted one request at a
 * time.
 */
public final class FakeAnthropic extends Dispatcher implements AutoCloseable {
  public static final String KEY = "test-key-for-the-fake";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockWebServer server = new MockWebServer();
  private final Deque<UnaryOperator<Exchange>> script = new ConcurrentLinkedDeque<>();
  private final List<JsonNode> bodies = java.util.Collections.synchronizedList(new ArrayList<>());
  private final List<RecordedRequest> requests =
      java.util.Collections.synchronizedList(new ArrayList<>());
  private final Set<String> cachedPrompts = java.util.Collections.synchronizedSet(new HashSet<>());
  private final AtomicInteger ids = new AtomicInteger();
  private final FakeBatches batches = new FakeBatches(this);
  private volatile int truncateAbove = Integer.MAX_VALUE;
  private volatile boolean refuseForcedTool;
  private volatile String unknownModel;
  private volatile boolean answerAsText;

  /** One request and what will be answered; a script step may change either. */
  public static final class Exchange {
    public final RecordedRequest request;
    public final JsonNode body;
    public Map<String, JsonNode> answer;
    public MockResponse override;
    public boolean refuse;

    Exchange(RecordedRequest request, JsonNode body, Map<String, JsonNode> answer) {
      this.request = request;
      this.body = body;
      this.answer = answer;
    }
  }

  public FakeAnthropic() {
    server.setDispatcher(this);
    try {
      server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public FakeBatches batches() {
    return batches;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getPort();
  }

  /** The next request is handled by this step (after the others already scripted). */
  public FakeAnthropic then(UnaryOperator<Exchange> step) {
    script.add(step);
    return this;
  }

  public FakeAnthropic thenError(int status, String type, String message, String... headers) {
    return then(
        exchange -> {
          exchange.override = error(status, type, message, headers);
          return exchange;
        });
  }

  public FakeAnthropic thenDrop() {
    return then(
        exchange -> {
          exchange.override =
              new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
          return exchange;
        });
  }

  /** Reads the request and never answers: the client's read timeout must fire. */
  public FakeAnthropic thenStall() {
    return then(
        exchange -> {
          exchange.override = new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
          return exchange;
        });
  }

  public FakeAnthropic thenRaw(int status, String body) {
    return then(
        exchange -> {
          exchange.override =
              new MockResponse()
                  .setResponseCode(status)
                  .setBody(body)
                  .setHeader("request-id", "req_raw");
          return exchange;
        });
  }

  /**
   * The next answer, changed: texts as they are, plural forms as their JSON text (a value that is a
   * JSON object again is answered as plural forms).
   */
  public FakeAnthropic thenAnswer(UnaryOperator<Map<String, String>> change) {
    return then(
        exchange -> {
          Map<String, String> texts = new LinkedHashMap<>();
          exchange.answer.forEach(
              (id, value) -> texts.put(id, value.isTextual() ? value.asText() : value.toString()));
          Map<String, JsonNode> changed = new LinkedHashMap<>();
          change.apply(texts).forEach((id, text) -> changed.put(id, node(text)));
          exchange.answer = changed;
          return exchange;
        });
  }

  private static JsonNode node(String text) {
    if (text.startsWith("{\"")) {
      try {
        JsonNode parsed = JSON.readTree(text);
        if (parsed.isObject()) {
          return parsed;
        }
      } catch (IOException notJson) {
        // a text that starts like an object
      }
    }
    return com.fasterxml.jackson.databind.node.TextNode.valueOf(text);
  }

  /** The next answer stops with stop_reason "refusal". */
  public FakeAnthropic thenRefuse() {
    return then(
        exchange -> {
          exchange.refuse = true;
          return exchange;
        });
  }

  public void truncateAbove(int items) {
    truncateAbove = items;
  }

  /** Requests for this model are answered 404, as the API answers a model it does not know. */
  public void unknownModel(String model) {
    unknownModel = model;
  }

  public void refuseForcedTool() {
    refuseForcedTool = true;
  }

  public void answerAsText() {
    answerAsText = true;
  }

  public int requestCount() {
    return requests.size();
  }

  public List<JsonNode> bodies() {
    return List.copyOf(bodies);
  }

  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** The items of each request's user message, in arrival order. */
  public List<JsonNode> userMessages() {
    List<JsonNode> messages = new ArrayList<>();
    for (JsonNode body : bodies()) {
      messages.add(userMessage(body));
    }
    return messages;
  }

  /** The fake translation of a text: the language in front, placeholders untouched. */
  public static String translate(String language, String text) {
    return FakeModel.text(language, text);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    requests.add(request);
    if (!KEY.equals(request.getHeader("x-api-key"))) {
      return error(401, "authentication_error", "invalid x-api-key");
    }
    if (request.getPath().startsWith("/v1/messages/batches")) {
      return batches.dispatch(request);
    }
    if (!"/v1/messages".equals(request.getPath())) {
      return error(404, "not_found_error", "The requested resource could not be found.");
    }
    JsonNode body;
    try {
      body = JSON.readTree(request.getBody().readUtf8());
    } catch (IOException e) {
      return error(400, "invalid_request_error", "body is not JSON");
    }
    bodies.add(body);
    JsonNode user = userMessage(body);
    Map<String, JsonNode> answer = translations(body, user);
    Exchange exchange = new Exchange(request, body, answer);
    UnaryOperator<Exchange> step = script.poll();
    if (step != null) {
      exchange = step.apply(exchange);
    }
    if (exchange.override != null) {
      return exchange.override;
    }
    if (body.path("model").asText().equals(unknownModel)) {
      return error(404, "not_found_error", "model: " + unknownModel);
    }
    if (refuseForcedTool && body.has("tool_choice")) {
      return error(
          400,
          "invalid_request_error",
          "tool_choice: forced tool use is not supported with this model");
    }
    ObjectNode message =
        message(body, user, exchange.answer, answer.size() > truncateAbove, exchange.refuse);
    return withRateLimits(
        new MockResponse()
            .setResponseCode(200)
            .setHeader("content-type", "application/json")
            .setHeader("request-id", "req_" + ids.get())
            .setBody(message.toString()));
  }

  /**
   * A model told the space shortens its answer: the fake drops its language marker from a text
   * longer than the limit, and cuts plain text (no markup or placeholders) that is still too long.
   */
  private static JsonNode shorter(JsonNode value, int most, String language) {
    if (value.isObject()) {
      ObjectNode forms = JSON.createObjectNode();
      value
          .fields()
          .forEachRemaining(
              form -> forms.set(form.getKey(), shorter(form.getValue(), most, language)));
      return forms;
    }
    String text = value.asText();
    if (text.length() <= most) {
      return value;
    }
    text = text.replaceFirst("^(\\s*)" + java.util.regex.Pattern.quote(language + ":"), "$1");
    if (text.length() > most && text.chars().noneMatch(c -> "<%{&".indexOf(c) >= 0)) {
      text = text.substring(0, most);
    }
    return com.fasterxml.jackson.databind.node.TextNode.valueOf(text);
  }

  /** A glossary line of the system prompt: {@code "folder" → "Ordner"}. */
  private static final java.util.regex.Pattern TERM =
      java.util.regex.Pattern.compile(
          "^\\s+\"([^\"]+)\" → \"([^\"]+)\"$", java.util.regex.Pattern.MULTILINE);

  /**
   * Every item translated by the fake model, from the user message's languages, using the fixed
   * terms the system prompt's glossary gives (as a real model would).
   */
  private static Map<String, JsonNode> translations(JsonNode body, JsonNode user) {
    Map<String, JsonNode> answer = translations(user);
    String language = user.path("target_language").asText();
    user.path("max_length")
        .fields()
        .forEachRemaining(
            limit -> {
              JsonNode value = answer.get(limit.getKey());
              if (value != null) {
                answer.put(limit.getKey(), shorter(value, limit.getValue().asInt(), language));
              }
            });
    var terms = TERM.matcher(body.path("system").path(0).path("text").asText()).results().toList();
    if (terms.isEmpty()) {
      return answer;
    }
    answer.replaceAll(
        (id, value) -> {
          if (!value.isTextual()) {
            return value;
          }
          String text = value.asText();
          for (var term : terms) {
            text =
                text.replaceAll(
                    "(?i)\\b" + java.util.regex.Pattern.quote(term.group(1)) + "\\b",
                    java.util.regex.Matcher.quoteReplacement(term.group(2)));
          }
          return com.fasterxml.jackson.databind.node.TextNode.valueOf(text);
        });
    return answer;
  }

  /**
   * Every item translated by the fake model, from the user message's languages. In a review, every
   * draft as it is, except one left in the source language, which the fake reviewer translates (a
   * script step may correct others).
   */
  private static Map<String, JsonNode> translations(JsonNode user) {
    if (user.has("translations")) {
      Map<String, JsonNode> drafts = new LinkedHashMap<>();
      Map<String, JsonNode> translated = translations(withoutDrafts(user));
      user.path("translations")
          .fields()
          .forEachRemaining(
              draft ->
                  drafts.put(
                      draft.getKey(),
                      draft.getValue().equals(user.path("items").path(draft.getKey()))
                          ? translated.get(draft.getKey())
                          : draft.getValue()));
      return drafts;
    }
    String source = user.path("source_language").asText("en");
    String target = user.path("target_language").asText();
    Map<String, JsonNode> answer = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> items = user.path("items").fields();
    while (items.hasNext()) {
      var item = items.next();
      JsonNode wanted = user.path("plural_forms").path(item.getKey());
      answer.put(item.getKey(), FakeModel.translate(item.getValue(), wanted, source, target));
    }
    return answer;
  }

  /**
   * The rate-limit headers the API sends with every answer: limits far above what a test sends, so
   * that pacing never waits (the benchmark's fake enforces real ones).
   */
  static MockResponse withRateLimits(MockResponse response) {
    for (String bucket : List.of("requests", "tokens", "input-tokens", "output-tokens")) {
      long limit = bucket.equals("requests") ? 4_000 : 2_000_000;
      // full again once the one missing is back: a minute's refill of one
      String reset = java.time.Instant.now().plusMillis(60_000 / limit + 1).toString();
      response
          .setHeader("anthropic-ratelimit-" + bucket + "-limit", limit)
          .setHeader("anthropic-ratelimit-" + bucket + "-remaining", limit - 1)
          .setHeader("anthropic-ratelimit-" + bucket + "-reset", reset);
    }
    return response;
  }

  /** The answer a request gets, as the Messages API would give it (used for batch results too). */
  ObjectNode answer(JsonNode body) {
    JsonNode user = userMessage(body);
    Map<String, JsonNode> answer = translations(body, user);
    return message(body, user, answer, answer.size() > truncateAbove, false);
  }

  private ObjectNode message(
      JsonNode body,
      JsonNode user,
      Map<String, JsonNode> answer,
      boolean truncated,
      boolean refuse) {
    ObjectNode message = JSON.createObjectNode();
    message.put("id", "msg_" + ids.incrementAndGet());
    message.put("type", "message");
    message.put("role", "assistant");
    ArrayNode content = message.putArray("content");
    // models with thinking on answer with a thinking block first: it must be skipped
    content
        .addObject()
        .put("type", "thinking")
        .put("thinking", "The user wants these items translated.")
        .put("signature", "sig_" + ids.get());
    ObjectNode translations = JSON.createObjectNode();
    answer.forEach(translations::set);
    boolean review = user.has("translations");
    String field = review ? "reviews" : "translations";
    if (review) {
      // a reviewer lets a draft stand ("ok") or corrects it with a reason
      ObjectNode reviews = JSON.createObjectNode();
      answer.forEach(
          (id, value) -> {
            if (value.equals(user.path("translations").path(id))) {
              reviews.put(id, "ok");
            } else {
              ObjectNode correction = reviews.putObject(id);
              correction.set("translation", value);
              correction.put("reason", "the fake reviewer preferred this wording");
            }
          });
      translations = reviews;
    }
    if (refuse) {
      content.addObject().put("type", "text").put("text", "I can't help with that.");
    } else if (truncated) {
      content.addObject().put("type", "text").put("text", "{\"translations\": {\"1\": \"cut");
    } else if (body.has("tool_choice") && !answerAsText) {
      ObjectNode tool = content.addObject();
      tool.put("type", "tool_use")
          .put("id", "toolu_" + ids.get())
          .put("name", review ? "submit_review" : "submit_translations");
      tool.putObject("input").set(field, translations);
    } else {
      content
          .addObject()
          .put("type", "text")
          .put("text", "Here you go:\n```json\n{\"" + field + "\": " + translations + "}\n```");
    }
    message.put("model", body.path("model").asText());
    message.put(
        "stop_reason",
        refuse
            ? "refusal"
            : truncated
                ? "max_tokens"
                : body.has("tool_choice") && !answerAsText ? "tool_use" : "end_turn");
    message.putNull("stop_sequence");
    ObjectNode usage = message.putObject("usage");
    String system = body.path("system").toString();
    long systemTokens = system.length() / 4;
    // a marked prefix shorter than the model's minimum is processed without caching, silently
    boolean cached =
        body.path("system").path(0).has("cache_control")
            && systemTokens >= cacheMinimum(body.path("model").asText());
    if (cached && !cachedPrompts.add(system)) {
      usage.put("input_tokens", user.toString().length() / 4 + 8);
      usage.put("cache_creation_input_tokens", 0);
      usage.put("cache_read_input_tokens", systemTokens);
    } else {
      usage.put("input_tokens", user.toString().length() / 4 + 8 + (cached ? 0 : systemTokens));
      usage.put("cache_creation_input_tokens", cached ? systemTokens : 0);
      usage.put("cache_read_input_tokens", 0);
    }
    usage.put("output_tokens", translations.toString().length() / 4);
    return message;
  }

  private static JsonNode withoutDrafts(JsonNode user) {
    ObjectNode copy = user.deepCopy();
    copy.remove("translations");
    return copy;
  }

  /** The shortest prefix a model caches, as Anthropic's documents give them. */
  public static long cacheMinimum(String model) {
    if (model.startsWith("claude-haiku-4-5") || model.startsWith("claude-opus-4-")) {
      return 4096;
    }
    return model.startsWith("claude-opus-5") ? 512 : 1024;
  }

  public static MockResponse error(int status, String type, String message, String... headers) {
    ObjectNode body = JSON.createObjectNode();
    body.put("type", "error");
    body.putObject("error").put("type", type).put("message", message);
    body.put("request_id", "req_err" + status);
    MockResponse response =
        withRateLimits(
            new MockResponse()
                .setResponseCode(status)
                .setHeader("content-type", "application/json")
                .setHeader("request-id", "req_err" + status)
                .setBody(body.toString()));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      response.setHeader(headers[i], headers[i + 1]);
    }
    return response;
  }

  /** tolk's JSON user message; anything else (a request made by hand) as no items. */
  private static JsonNode userMessage(JsonNode body) {
    try {
      JsonNode user = JSON.readTree(body.path("messages").path(0).path("content").asText());
      return user != null && user.isObject() ? user : JSON.createObjectNode();
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
