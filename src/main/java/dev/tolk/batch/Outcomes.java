package dev.tolk.batch;

import dev.tolk.anthropic.BatchResult;

/** How a batch result type is handled. */
final class Outcomes {
  private Outcomes() {}

  /**
   * Worth sending again: errors other than an invalid request, and requests that were canceled or
   * expired before they reached the model (none of these is billed).
   */
  static boolean retryable(BatchResult result) {
    return result instanceof BatchResult.Canceled
        || result instanceof BatchResult.Expired
        || result instanceof BatchResult.Unknown
        || (result instanceof BatchResult.Errored errored && !errored.invalidRequest());
  }
}
