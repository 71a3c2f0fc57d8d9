package dev.tolk.anthropic;

/** 401 or 403: the key is wrong or lacks permission; no request can succeed. */
public final class AuthenticationException extends ApiException {
  AuthenticationException(int status, String type, String message, String requestId) {
    super(status, type, message, requestId, RetryHint.NONE, null);
  }
}
