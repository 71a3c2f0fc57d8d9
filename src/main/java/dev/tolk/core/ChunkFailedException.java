package dev.tolk.core;

/** One chunk could not be translated; its units fail and keep their old values. */
public class ChunkFailedException extends RuntimeException {
  private final boolean apiUnavailable;

  /**
   * @param apiUnavailable true when the API was unreachable or retries were exhausted (exit code
   *     4), false when the API refused this request (exit code 1)
   */
  public ChunkFailedException(String message, boolean apiUnavailable, Throwable cause) {
    super(message, cause);
    this.apiUnavailable = apiUnavailable;
  }

  public boolean apiUnavailable() {
    return apiUnavailable;
  }
}
