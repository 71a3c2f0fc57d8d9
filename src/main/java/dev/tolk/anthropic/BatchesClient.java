package dev.tolk.anthropic;

import dev.tolk.anthropic.dto.BatchPage;
import dev.tolk.anthropic.dto.DeletedBatch;
import dev.tolk.anthropic.dto.MessageBatch;
import dev.tolk.core.Sleeper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Message Batches API: create, retrieve, list, cancel, delete and results. Reads (retrieve,
 * list, results) are retried like any request; create is never retried here, because the API has no
 * idempotency key: the caller reconciles an ambiguous create through {@link #list}.
 */
public final class BatchesClient {
  private static final Logger LOG = LoggerFactory.getLogger(BatchesClient.class);
  private static final String PATH = "v1/messages/batches";
  private static final MediaType JSON = MediaType.get("application/json");

  private final AnthropicHttp http;
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final DoubleSupplier jitter;

  public BatchesClient(
      AnthropicHttp http, RetryPolicy policy, Sleeper sleeper, DoubleSupplier jitter) {
    this.http = http;
    this.policy = policy;
    this.sleeper = sleeper;
    this.jitter = jitter;
  }

  /** The server's clock as its answers have shown it. */
  public ServerClock serverClock() {
    return http.serverClock();
  }

  /**
   * Creates a batch from a JSONL file of {@code {"custom_id", "params"}} lines, streamed into the
   * body {@code {"requests": [...]}} without holding it in memory. One attempt only.
   */
  public MessageBatch create(Path requestsFile) {
    RequestBody body =
        new RequestBody() {
          @Override
          public MediaType contentType() {
            return JSON;
          }

          @Override
          public void writeTo(BufferedSink sink) throws IOException {
            sink.writeUtf8("{\"requests\":[");
            boolean first = true;
            try (var lines = Files.newBufferedReader(requestsFile)) {
              String line;
              while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                  continue;
                }
                if (!first) {
                  sink.writeByte(',');
                }
                sink.writeUtf8(line);
                first = false;
              }
            }
            sink.writeUtf8("]}");
          }
        };
    Request request = http.request(http.endpoint().resolve(PATH)).post(body).build();
    return http.send(request, MessageBatch.class).body();
  }

  public MessageBatch retrieve(String id) throws InterruptedException {
    return withRetries(
        "retrieve " + id,
        () -> http.get(http.endpoint().resolve(PATH + "/" + id), MessageBatch.class).body());
  }

  public BatchPage list(int limit, String afterId, String beforeId) throws InterruptedException {
    HttpUrl.Builder url =
        http.endpoint()
            .resolve(PATH)
            .newBuilder()
            .addQueryParameter("limit", Integer.toString(limit));
    if (afterId != null) {
      url.addQueryParameter("after_id", afterId);
    }
    if (beforeId != null) {
      url.addQueryParameter("before_id", beforeId);
    }
    HttpUrl built = url.build();
    return withRetries("list batches", () -> http.get(built, BatchPage.class).body());
  }

  public MessageBatch cancel(String id) {
    Request request =
        http.request(http.endpoint().resolve(PATH + "/" + id + "/cancel"))
            .post(RequestBody.create(new byte[0], JSON))
            .build();
    return http.send(request, MessageBatch.class).body();
  }

  public DeletedBatch delete(String id) {
    Request request = http.request(http.endpoint().resolve(PATH + "/" + id)).delete().build();
    return http.send(request, DeletedBatch.class).body();
  }

  /**
   * Downloads an ended batch's results to a file (through a temporary file renamed at the end),
   * with the same auth headers and only from the configured origin: a results_url elsewhere is not
   * followed; the documented path on the configured origin is used instead.
   */
  public void downloadResults(MessageBatch batch, Path target) throws InterruptedException {
    HttpUrl url = batch.resultsUrl() == null ? null : HttpUrl.parse(batch.resultsUrl());
    if (url == null || !http.endpoint().sameOrigin(url)) {
      url = http.endpoint().resolve(PATH + "/" + batch.id() + "/results");
    }
    HttpUrl from = url;
    withRetries(
        "download results of " + batch.id(),
        () -> {
          Path part = target.resolveSibling(target.getFileName() + ".part");
          Request request =
              http.request(from).get().header("accept", "application/x-jsonl").build();
          try (Response response = http.open(request);
              InputStream in = response.body().byteStream();
              OutputStream out = Files.newOutputStream(part)) {
            in.transferTo(out);
          } catch (IOException e) {
            throw new ConnectionException("download results of " + batch.id(), e);
          }
          try {
            Files.move(
                part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          return null;
        });
  }

  private <T> T withRetries(String what, java.util.function.Supplier<T> call)
      throws InterruptedException {
    for (int retries = 0; ; retries++) {
      try {
        return call.get();
      } catch (ApiException error) {
        if (!policy.retryable(error) || retries >= policy.maxRetries()) {
          throw error;
        }
        var delay = policy.delay(error, retries, jitter.getAsDouble());
        LOG.warn(
            "{} failed ({}); retry {} of {} in {} ms",
            what,
            error.getMessage(),
            retries + 1,
            policy.maxRetries(),
            delay.toMillis());
        sleeper.sleep(delay);
      }
    }
  }
}
