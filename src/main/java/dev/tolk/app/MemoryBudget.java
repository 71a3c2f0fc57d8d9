package dev.tolk.app;

import dev.tolk.core.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Refuses, before reading it, a project that cannot be planned in the memory this JVM may use:
 * files are read and planned in memory, at about twelve to twenty-five bytes of heap per byte of
 * file (measured: a 45 MB JSON file of 1,000,000 keys needs 768 MB; 200,000 Rails YAML keys, 8.9
 * MB, need 256 MB). Below the estimate an out-of-memory error is still reported plainly.
 */
public final class MemoryBudget {
  /** Heap per byte of file, the low end of what was measured: refuse only what cannot fit. */
  static final long HEAP_PER_FILE_BYTE = 12;

  private MemoryBudget() {}

  static void check(List<Path> files, long maxHeap) {
    long bytes = 0;
    for (Path file : files) {
      try {
        bytes += Files.isRegularFile(file) ? Files.size(file) : 0;
      } catch (IOException e) {
        // unreadable files are reported when they are read
      }
    }
    long needed = bytes * HEAP_PER_FILE_BYTE;
    if (needed > maxHeap) {
      throw new InputException(
          String.format(
              Locale.ROOT,
              "the files to read total %s, which takes about %s of memory to plan, and tolk may"
                  + " use %s here: run with TOLK_JAVA_OPTS=-Xmx%dm, or narrow the run with"
                  + " --file",
              megabytes(bytes),
              megabytes(needed),
              megabytes(maxHeap),
              roundUp(needed * 2)));
    }
  }

  /** What to tell someone whose run ran out of memory anyway. */
  public static String advice(long maxHeap) {
    return String.format(
        Locale.ROOT,
        "out of memory: tolk may use %s here; run with TOLK_JAVA_OPTS=-Xmx%dm, or narrow the run"
            + " with --file",
        megabytes(maxHeap),
        roundUp(maxHeap * 2));
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%,d MB", (bytes + (1 << 20) - 1) >> 20);
  }

  /** Megabytes rounded up to a multiple of 256. */
  private static long roundUp(long bytes) {
    long megabytes = (bytes + (1 << 20) - 1) >> 20;
    return (megabytes + 255) / 256 * 256;
  }
}
