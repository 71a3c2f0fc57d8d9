package dev.tolk.anthropic;

import dev.tolk.anthropic.dto.Message;
import dev.tolk.anthropic.dto.MessageRequest;
import dev.tolk.core.Sleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code POST /v1/messages} through the shared rate limiter, with bounded retries. */
public final class MessagesClient {
  private static final Logger LOG = LoggerFactory.getLogger(MessagesClient.class);

  private final AnthropicHttp http;
  private final RateLimiter limiter;
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final DoubleSupplier jitter;

  public MessagesClient(
      AnthropicHttp http,
      RateLimiter limiter,
      RetryPolicy policy,
      Sleeper sleeper,
      DoubleSupplier jitter) {
    this.http = http;
    this.limiter = limiter;
    this.policy = policy;
    this.sleeper = sleeper;
    this.jitter = jitter;
  }

  /**
   * @param estimatedInput tokens this request will count against the input-token limit
   * @param deadline when to stop retrying and give up
   * @throws ApiException the last error, when it is not retryable or retries are exhausted
   */
  public Message create(MessageRequest request, long estimatedInput, Instant deadline)
      throws InterruptedException {
    for (int retries = 0; ; retries++) {
      RateLimiter.Permit permit = limiter.acquire(estimatedInput, request.maxTokens() / 2);
      try {
        ApiResponse<Message> answer = http.post("v1/messages", request, Message.class);
        var usage = answer.body().usage();
        limiter.succeeded(
            permit,
            answer.headers(),
            usage == null ? estimatedInput : usage.input() + usage.cacheWrite(),
            usage == null ? permit.outputTokens() : usage.output());
        return answer.body();
      } catch (ApiException error) {
        Duration delay = policy.delay(error, retries, jitter.getAsDouble());
        if (runWide(error)) {
          limiter.halt(permit, error); // no other request may go out: they would all fail alike
        } else if (error.status() == 429) {
          limiter.rateLimited(permit, delay);
        } else {
          limiter.failed(permit);
        }
        if (!policy.retryable(error) || retries >= policy.maxRetries()) {
          throw error;
        }
        if (http.clock().instant().plus(delay).isAfter(deadline)) {
          throw error;
        }
        LOG.info(
            "retry {} of {} in {} ms after {}",
            retries + 1,
            policy.maxRetries(),
            delay.toMillis(),
            error.getMessage());
        if (error.status() != 429) {
          sleeper.sleep(delay); // after a 429 the limiter makes everyone wait
        }
      } catch (RuntimeException unexpected) {
        limiter.failed(permit);
        throw unexpected;
      }
    }
  }

  /**
   * An error every request of the run would get: a refused key, a model or endpoint the API does
   * not know, a spend limit.
   */
  private static boolean runWide(ApiException error) {
    return error instanceof AuthenticationException
        || error instanceof NotFoundException
        || error.hint().spendLimit();
  }
}
