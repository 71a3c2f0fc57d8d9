package dev.tolk.anthropic;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/** No usable answer: the connection failed, dropped or stalled. Retryable. */
public final class ConnectionException extends ApiException {
  private final boolean neverSent;

  public ConnectionException(String what, IOException cause) {
    super(0, "connection_error", what + ": " + describe(cause), null, RetryHint.NONE, cause);
    this.neverSent = neverSent(cause);
  }

  /** A connection that was never made: the request did not leave, so nothing was done. */
  @Override
  public boolean definite() {
    return neverSent;
  }

  private static boolean neverSent(IOException cause) {
    return cause instanceof ConnectException
        || cause instanceof UnknownHostException
        || cause instanceof NoRouteToHostException
        || (cause instanceof SocketTimeoutException
            && cause.getMessage() != null
            && cause.getMessage().startsWith("connect timed out"));
  }

  private static String describe(IOException cause) {
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : " " + message);
  }
}
