package dev.tolk.provider;

import dev.tolk.anthropic.ApiException;
import dev.tolk.anthropic.AuthenticationException;
import dev.tolk.anthropic.NotFoundException;
import dev.tolk.core.RunAbortedException;

/**
 * The API errors after which no request can succeed: a refused key, a spend limit, a model or an
 * endpoint the API does not know. The run stops at the first, and says so once.
 */
public final class FatalErrors {
  private FatalErrors() {}

  /** Throws the run-ending exception for a fatal error; returns for any other. */
  public static void abortIfFatal(ApiException error, String context) {
    if (error instanceof AuthenticationException) {
      throw new RunAbortedException(
          "the API refused the key (" + error.getMessage() + ")" + context,
          RunAbortedException.Cause.CONFIGURATION,
          error);
    }
    if (error instanceof NotFoundException) {
      String message = error.apiMessage() == null ? "" : error.apiMessage();
      throw new RunAbortedException(
          message.toLowerCase(java.util.Locale.ROOT).contains("model")
              ? "the API does not know the model ("
                  + error.getMessage()
                  + "); set `model:` in tolk.yaml or --model to a model your key can use"
              : "the API has no such endpoint ("
                  + error.getMessage()
                  + "); check ANTHROPIC_BASE_URL",
          RunAbortedException.Cause.CONFIGURATION,
          error);
    }
    if (error.hint().spendLimit()) {
      throw new RunAbortedException(
          "spend limit reached: " + error.getMessage() + context,
          RunAbortedException.Cause.CONFIGURATION,
          error);
    }
  }
}
