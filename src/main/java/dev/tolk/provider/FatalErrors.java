package dev.tolk.provider;

import dev.tolk.anthropic.ApiException;
import dev.tolk.anthropic.AuthenticationException;
import dev.tolk.core.RunAbortedException;

/** The API errors after which no request can succeed: a refused key, a spend limit. */
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
    if (error.hint().spendLimit()) {
      throw new RunAbortedException(
          "spend limit reached: " + error.getMessage() + context,
          RunAbortedException.Cause.CONFIGURATION,
          error);
    }
  }
}
