package dev.tolk.state;

import dev.tolk.core.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer per project: an OS lock on {@code .tolk/lock}, held for the whole run and released by
 * the OS if the process dies. A second run fails fast instead of touching the same state.
 */
public final class ProjectLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private ProjectLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  public static ProjectLock acquire(Path stateFolder) {
    try {
      Files.createDirectories(stateFolder);
      Path file = stateFolder.resolve("lock");
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (java.nio.channels.OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
        channel.close();
        throw new InputException(
            "another tolk run is working in this project ("
                + (holder.isEmpty() ? "unknown process" : holder)
                + "); wait for it to finish, or use `tolk resume` afterwards");
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              ("pid " + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)),
          0);
      channel.force(true);
      return new ProjectLock(channel, lock);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + stateFolder + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException ignored) {
      // the OS releases the lock with the process anyway
    }
  }
}
