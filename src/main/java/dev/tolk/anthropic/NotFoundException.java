package dev.tolk.anthropic;

/** 404: the resource does not exist (or no longer does). */
public final class NotFoundException extends ApiException {
  NotFoundException(String type, String message, String requestId) {
    super(404, type, message, requestId, RetryHint.NONE, null);
  }
}
