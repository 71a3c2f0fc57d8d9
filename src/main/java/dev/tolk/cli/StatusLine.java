package dev.tolk.cli;

import java.io.PrintWriter;

/**
 * One line of stderr redrawn in place on a terminal: cut to the terminal's width (a wrapped line
 * could not be redrawn, and its leftovers would stay on screen), and cleared before anything else
 * is printed.
 */
final class StatusLine {
  private final PrintWriter err;
  private final int width;
  private boolean shown;

  StatusLine(PrintWriter err, int columns) {
    this.err = err;
    this.width = Math.max(20, columns) - 1; // the last column would wrap on some terminals
  }

  synchronized void show(String text) {
    String line = text.length() > width ? text.substring(0, width - 1) + "…" : text;
    err.print("\r" + line + " ".repeat(width - line.length()));
    err.flush();
    shown = true;
  }

  synchronized void clear() {
    if (shown) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      shown = false;
    }
  }

  /** The terminal's columns: {@code COLUMNS} if set, else 80. */
  static int columns(String columnsVariable) {
    if (columnsVariable != null) {
      try {
        int columns = Integer.parseInt(columnsVariable.strip());
        if (columns > 0) {
          return columns;
        }
      } catch (NumberFormatException e) {
        // not a number: the default
      }
    }
    return 80;
  }
}
