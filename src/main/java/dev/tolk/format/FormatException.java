package dev.tolk.format;

import dev.tolk.core.InputException;

/** A file that cannot be read as its format, with the place of the problem. */
public class FormatException extends InputException {
  public FormatException(String file, int line, int column, String problem) {
    super(file + ":" + line + ":" + column + ": " + problem);
  }

  public FormatException(String file, String problem) {
    super(file + ": " + problem);
  }
}
