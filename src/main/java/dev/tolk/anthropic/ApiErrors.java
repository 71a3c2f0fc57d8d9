package dev.tolk.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tolk.anthropic.dto.ErrorBody;
import java.io.IOException;
import java.time.Clock;
import okhttp3.Response;

/** The one place where an HTTP error answer becomes an exception. */
final class ApiErrors {
  private ApiErrors() {}

  static ApiException from(Response response, Clock clock) {
    String requestId = response.header("request-id");
    String raw = readBody(response);
    String type = null;
    String message = raw;
    boolean spendLimit = false;
    try {
      ErrorBody body = Json.mapper().readValue(raw, ErrorBody.class);
      if (body != null && body.error() != null) {
        type = body.error().type();
        message = body.error().message();
        JsonNode details = body.error().details();
        spendLimit =
            details != null
                && "enforced_spend_limit_reached".equals(details.path("error_code").asText());
        if (requestId == null) {
          requestId = body.requestId();
        }
      }
    } catch (IOException | RuntimeException notJson) {
      message = raw.length() > 200 ? raw.substring(0, 200) + "..." : raw;
    }
    int status = response.code();
    if (status == 400 && message != null && message.startsWith("You have reached your specified")) {
      spendLimit = true;
    }
    String shouldRetry = response.header("x-should-retry");
    RetryHint hint =
        new RetryHint(
            shouldRetry == null ? null : Boolean.valueOf(shouldRetry.trim()),
            RetryAfter.parse(
                response.header("retry-after-ms"), response.header("retry-after"), clock),
            spendLimit);
    return switch (status) {
      case 401, 403 -> new AuthenticationException(status, type, message, requestId);
      case 404 -> new NotFoundException(type, message, requestId);
      default -> new ApiException(status, type, message, requestId, hint, null);
    };
  }

  private static String readBody(Response response) {
    try {
      return response.body() == null ? "" : response.body().string();
    } catch (IOException e) {
      return "";
    }
  }
}
