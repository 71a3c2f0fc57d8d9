package dev.tolk.core;

/** No further request can succeed (a bad key, a spend limit): the whole run stops at once. */
public class RunAbortedException extends RuntimeException {
  public enum Cause {
    /** authentication, permission or account limits: exit code 3. */
    CONFIGURATION,
    /** the API is unreachable: exit code 4. */
    UNAVAILABLE
  }

  private final Cause cause;

  public RunAbortedException(String message, Cause cause, Throwable origin) {
    super(message, origin);
    this.cause = cause;
  }

  public Cause reason() {
    return cause;
  }
}
