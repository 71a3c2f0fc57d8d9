package dev.tolk.anthropic;

/**
 * An error answer from the API (or no answer at all, status 0), with everything needed to report
 * it: status, error type, message and the request-id.
 */
public class ApiException extends RuntimeException {
  /** The error type of an answer that is not the JSON the API documents. */
  public static final String INVALID_RESPONSE = "invalid_response";

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

  /**
   * Whether the API certainly did not act on the request: it answered with an error it describes,
   * or the request never left (see {@link ConnectionException}). A lost answer, a reset, a timeout
   * or an error page that is not the API's leave the outcome unknown.
   */
  public boolean definite() {
    return status >= 400 && errorType != null && !errorType.equals(INVALID_RESPONSE);
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
