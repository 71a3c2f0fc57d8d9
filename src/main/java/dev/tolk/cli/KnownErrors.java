package dev.tolk.cli;

import dev.tolk.anthropic.ApiException;
import dev.tolk.anthropic.AuthenticationException;
import dev.tolk.anthropic.NotFoundException;
import dev.tolk.anthropic.ResultLines;
import dev.tolk.core.CannotWriteException;
import dev.tolk.core.ConfigurationException;
import dev.tolk.core.InputException;
import dev.tolk.core.RunAbortedException;
import java.io.UncheckedIOException;

/**
 * The exit code and one-line message of every failure tolk knows; anything else is a bug and is
 * reported as an internal error.
 */
final class KnownErrors {
  /** A known failure: the documented exit code and what to tell the user. */
  record Known(int code, String message) {}

  private KnownErrors() {}

  /** The known failure this exception is, or null when it is none. */
  static Known of(Throwable error) {
    if (error instanceof ConfigurationException) {
      return new Known(ExitCodes.CONFIGURATION, error.getMessage());
    }
    if (error instanceof InputException) {
      return new Known(ExitCodes.USAGE, error.getMessage());
    }
    if (error instanceof RunAbortedException aborted) {
      return new Known(
          aborted.reason() == RunAbortedException.Cause.CONFIGURATION
              ? ExitCodes.CONFIGURATION
              : ExitCodes.API_UNAVAILABLE,
          aborted.getMessage());
    }
    if (error instanceof ApiException api) {
      return api(api);
    }
    if (error instanceof ResultLines.DamagedResults) {
      return new Known(
          ExitCodes.API_UNAVAILABLE,
          "the API sent damaged results (" + error.getMessage() + "); try again later");
    }
    if (error instanceof CannotWriteException) {
      return new Known(
          ExitCodes.CANNOT_WRITE,
          error.getMessage()
              + "; nothing was left half-written: free some space (or fix the permissions) and"
              + " run again");
    }
    if (error instanceof UncheckedIOException io) {
      return new Known(ExitCodes.USAGE, io.getCause().getMessage());
    }
    return null;
  }

  private static Known api(ApiException error) {
    if (error instanceof AuthenticationException) {
      return error.status() == 403
          ? new Known(
              ExitCodes.CONFIGURATION, "the API key may not do this (" + error.getMessage() + ")")
          : new Known(
              ExitCodes.CONFIGURATION,
              "the API refused the key ("
                  + error.getMessage()
                  + "); set a valid key in ANTHROPIC_API_KEY");
    }
    if (error instanceof NotFoundException) {
      return new Known(ExitCodes.USAGE, "not found (" + error.getMessage() + ")");
    }
    int status = error.status();
    if (status == 0 || status == 429 || status >= 500) {
      return new Known(
          ExitCodes.API_UNAVAILABLE,
          "the API is unreachable or overloaded (" + error.getMessage() + "); try again later");
    }
    return new Known(ExitCodes.USAGE, "the API refused the request (" + error.getMessage() + ")");
  }
}
