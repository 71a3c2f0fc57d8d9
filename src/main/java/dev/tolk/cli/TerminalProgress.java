package dev.tolk.cli;

import dev.tolk.core.Progress;
import java.io.PrintWriter;

/** A one-line progress bar on stderr, redrawn in place; only used when a person is watching. */
final class TerminalProgress implements Progress {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private int lastDrawn = -1;

  TerminalProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void unitsDone(int done, int total) {
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    if (filled == lastDrawn && done != total) {
      return;
    }
    lastDrawn = filled;
    err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
    if (done == total) {
      err.print("\r" + " ".repeat(WIDTH + 24) + "\r");
    }
    err.flush();
  }
}
