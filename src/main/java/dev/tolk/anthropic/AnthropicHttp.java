package dev.tolk.anthropic;

import static dev.tolk.anthropic.ApiException.INVALID_RESPONSE;

import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.tolk.anthropic.dto.Message;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The HTTP edge shared by the Messages and Batches clients: one OkHttp client (built on first use),
 * the auth and version headers, and error mapping. OkHttp's own retries and redirects are off: tolk
 * retries itself, and a redirect must never carry the key to another host.
 */
public final class AnthropicHttp {
  private static final MediaType JSON = MediaType.get("application/json");

  private final Endpoint endpoint;
  private final ApiKey key;
  private final String version;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Clock clock;
  private final ServerClock serverClock;
  private volatile OkHttpClient client;

  public AnthropicHttp(
      Endpoint endpoint,
      ApiKey key,
      String version,
      Duration connectTimeout,
      Duration readTimeout,
      Clock clock) {
    this.endpoint = endpoint;
    this.key = key;
    this.version = version;
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.clock = clock;
    this.serverClock = new ServerClock(clock);
  }

  public Endpoint endpoint() {
    return endpoint;
  }

  public Clock clock() {
    return clock;
  }

  /** The server's clock as its answers have shown it. */
  public ServerClock serverClock() {
    return serverClock;
  }

  public <T> ApiResponse<T> post(String path, Object body, Class<T> type) {
    byte[] json;
    try {
      json = Json.mapper().writeValueAsBytes(body);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialize a request", e);
    }
    return send(request(endpoint.resolve(path)).post(RequestBody.create(json, JSON)).build(), type);
  }

  public <T> ApiResponse<T> get(HttpUrl url, Class<T> type) {
    return send(request(url).get().build(), type);
  }

  /** Opens a response whose body the caller streams and closes; errors are mapped as usual. */
  public Response open(Request request) {
    Response response = execute(request);
    if (!response.isSuccessful()) {
      try (response) {
        throw ApiErrors.from(response, clock);
      }
    }
    return response;
  }

  public Request.Builder request(HttpUrl url) {
    if (!endpoint.sameOrigin(url)) {
      throw new IllegalArgumentException("refusing to send the API key to " + url.host());
    }
    return new Request.Builder()
        .url(url)
        .header("x-api-key", key.value())
        .header("anthropic-version", version)
        .header("content-type", "application/json");
  }

  /** Sends a prepared request once and parses its JSON answer; errors are mapped as usual. */
  public <T> ApiResponse<T> send(Request request, Class<T> type) {
    try (Response response = execute(request)) {
      if (!response.isSuccessful()) {
        throw ApiErrors.from(response, clock);
      }
      ResponseBody body = response.body();
      String text = body == null ? "" : body.string();
      T parsed;
      try {
        parsed = Json.mapper().readValue(text, type);
      } catch (IOException e) {
        if (cutOff(text, e)) { // the body ended before its JSON did: not the API's answer
          throw new ConnectionException(
              request.method() + " " + request.url().encodedPath() + ": the answer was cut off", e);
        }
        throw invalid(response, text, e);
      }
      return new ApiResponse<>(parsed, response::header);
    } catch (IOException e) {
      throw new ConnectionException(request.method() + " " + request.url().encodedPath(), e);
    }
  }

  private static boolean cutOff(String text, IOException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonEOFException) {
        return true;
      }
    }
    return text.isBlank();
  }

  private static ApiException invalid(Response response, String text, IOException e) {
    return new ApiException(
        response.code(),
        INVALID_RESPONSE,
        "the answer is not the expected JSON: " + abbreviate(text),
        response.header("request-id"),
        new RetryHint(null, null, false),
        e);
  }

  private Response execute(Request request) {
    try {
      Response response = client().newCall(request).execute();
      serverClock.observe(response.header("date"));
      return response;
    } catch (IOException e) {
      // an interrupted call (the run is stopping) keeps the thread's interrupt for its caller
      throw new ConnectionException(request.method() + " " + request.url().encodedPath(), e);
    }
  }

  private OkHttpClient client() {
    OkHttpClient current = client;
    if (current == null) {
      synchronized (this) {
        if (client == null) {
          client =
              new OkHttpClient.Builder()
                  .retryOnConnectionFailure(false)
                  .followRedirects(false)
                  .followSslRedirects(false)
                  .connectTimeout(connectTimeout)
                  .readTimeout(readTimeout)
                  .writeTimeout(readTimeout)
                  .callTimeout(Duration.ZERO)
                  .build();
        }
        current = client;
      }
    }
    return current;
  }

  /**
   * Loads what the first request needs (OkHttp, the platform's TLS trust store, the JSON mapper of
   * the API's types) on a background thread, while the caller reads and plans the project: a tenth
   * of a second or more of start-up that need not be waited for. Nothing is sent.
   */
  public static void warmUpInBackground() {
    Thread thread =
        new Thread(
            () -> {
              try {
                new OkHttpClient.Builder().build();
                Json.mapper().readValue("{\"content\": []}", Message.class);
              } catch (IOException | RuntimeException e) {
                // only a head start: the real first request does the same work and reports
              }
            },
            "tolk-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  private static String abbreviate(String text) {
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() > 120 ? flat.substring(0, 120) + "..." : flat;
  }
}
