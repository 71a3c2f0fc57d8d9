package dev.tolk.core;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A file tolk writes could not be written (a full disk, no permission, a folder in the way). Every
 * write is atomic, so the file is as it was: nothing is left half-written.
 */
public class CannotWriteException extends UncheckedIOException {
  public CannotWriteException(Object file, IOException cause) {
    super("cannot write " + file + ": " + describe(cause), cause);
  }

  private static String describe(IOException cause) {
    String message = cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : message;
  }
}
