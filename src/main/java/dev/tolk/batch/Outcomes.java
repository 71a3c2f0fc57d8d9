package dev.tolk.batch;

import dev.tolk.anthropic.BatchResult;

/** How a batch result type is handled. */
final class Outcomes {
  private Outcomes() {}

  /**
   * Worth sending again: errors other than an invalid request, and requests that expired before
   * they reached the model (none of these is billed). Canceled requests only when asked: a person
   * canceled them.
   */
  static boolean retryable(BatchResult result, boolean retryCanceled) {
    return (result instanceof BatchResult.Canceled && retryCanceled)
        || result instanceof BatchResult.Expired
        || result instanceof BatchResult.Unknown
        || (result instanceof BatchResult.Errored errored && !errored.invalidRequest());
  }
}
