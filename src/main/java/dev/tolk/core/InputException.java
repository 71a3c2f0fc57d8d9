package dev.tolk.core;

/** Bad input from the user: a malformed file, an invalid flag value. Exit code 2. */
public class InputException extends RuntimeException {
  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
