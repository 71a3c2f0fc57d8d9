package dev.tolk.cli;

import dev.tolk.core.Progress;

/** A one-line progress bar on stderr, redrawn in place; only used when a person is watching. */
final class TerminalProgress implements Progress {
  private static final int BAR = 30;
  private final StatusLine line;
  private int lastDrawn = -1;

  TerminalProgress(StatusLine line) {
    this.line = line;
  }

  @Override
  public synchronized void unitsDone(int done, int total) {
    int filled = total == 0 ? BAR : done * BAR / total;
    if (filled == lastDrawn && done != total) {
      return;
    }
    lastDrawn = filled;
    if (done == total) {
      line.clear();
    } else {
      line.show("[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + done + "/" + total);
    }
  }
}
