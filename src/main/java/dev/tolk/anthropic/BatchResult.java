package dev.tolk.anthropic;

import dev.tolk.anthropic.dto.Message;

/** The result of one request of a batch, matched to it by custom_id. */
public sealed interface BatchResult {
  String customId();

  record Succeeded(String customId, Message message) implements BatchResult {}

  /** Not billed. {@code invalid_request_error} means the request itself must change. */
  record Errored(String customId, String errorType, String message) implements BatchResult {
    public boolean invalidRequest() {
      return "invalid_request_error".equals(errorType);
    }
  }

  /** Canceled before it was sent to the model; not billed. */
  record Canceled(String customId) implements BatchResult {}

  /** The batch reached its 24-hour limit before this request was sent; not billed. */
  record Expired(String customId) implements BatchResult {}

  /**
   * A result type this version of tolk does not know; treated like an error that may be retried.
   */
  record Unknown(String customId, String type) implements BatchResult {}
}
