package dev.tolk.anthropic;

import java.io.IOException;

/** No usable answer: the connection failed, dropped or stalled. Retryable. */
public final class ConnectionException extends ApiException {
  public ConnectionException(String what, IOException cause) {
    super(0, "connection_error", what + ": " + describe(cause), null, RetryHint.NONE, cause);
  }

  private static String describe(IOException cause) {
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : " " + message);
  }
}
