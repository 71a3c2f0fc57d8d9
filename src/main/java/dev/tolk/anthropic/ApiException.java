package dev.tolk.anthropic;

/**
 * An error answer from the API (or no answer at all, status 0), with everything needed to report
 * it: status, error type, message and the request-id.
 */
public class ApiException extends RuntimeException {
  private final int status;
  private final String errorType;
  private final String apiMessage;
  private final String requestId;
  private final RetryHint hint;

  public ApiException(
      int status,
      String errorType,
      String apiMessage,
      String requestId,
      RetryHint hint,
      Throwable cause) {
    super(describe(status, errorType, apiMessage, requestId), cause);
    this.status = status;
    this.errorType = errorType;
    this.apiMessage = apiMessage;
    this.requestId = requestId;
    this.hint = hint;
  }

  public int status() {
    return status;
  }

  public String errorType() {
    return errorType;
  }

  public String apiMessage() {
    return apiMessage;
  }

  public String requestId() {
    return requestId;
  }

  public RetryHint hint() {
    return hint;
  }

  private static String describe(int status, String type, String message, String requestId) {
    StringBuilder text = new StringBuilder();
    text.append(status == 0 ? "no answer" : "HTTP " + status);
    if (type != null) {
      text.append(" ").append(type);
    }
    if (message != null && !message.isBlank()) {
      text.append(": ").append(message);
    }
    if (requestId != null) {
      text.append(" (request-id ").append(requestId).append(")");
    }
    return text.toString();
  }
}
