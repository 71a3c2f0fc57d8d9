package dev.tolk.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * On Ctrl-C or SIGTERM: say how to go on, and exit 130 at once. Batches are not canceled (that is
 * `tolk batch cancel`), the journal is already on disk (every event is fsynced when written), and
 * target files are only ever replaced atomically, so stopping at any instant loses nothing.
 */
final class InterruptGuard implements AutoCloseable {
  private final Thread hook;

  InterruptGuard(PrintWriter err, Supplier<String> howToContinue) {
    hook =
        new Thread(
            () -> {
              err.println();
              err.println("tolk: interrupted; " + howToContinue.get());
              err.flush();
              Runtime.getRuntime().halt(ExitCodes.INTERRUPTED);
            },
            "tolk-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is already running
    }
  }
}
