package dev.tolk.state;

import dev.tolk.core.CannotWriteException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a file so that it is either entirely the old content or entirely the new: a temporary file
 * in the same folder, fsync, an atomic rename over the target, fsync of the folder. The target's
 * permissions are kept. If anything fails the old file is untouched and the temporary file removed.
 */
public final class AtomicFile {
  private AtomicFile() {}

  public static void write(Path target, byte[] content) {
    write(target, out -> out.write(content));
  }

  /** What is written, streamed: large files need not be held in memory. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  public static void write(Path target, Content content) {
    Path folder = target.toAbsolutePath().getParent();
    Path temp = null;
    try {
      Files.createDirectories(folder);
      temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      keepPermissions(target, temp);
      move(temp, target);
      temp = null;
      syncFolder(folder);
    } catch (IOException e) {
      throw new CannotWriteException(target, e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the write already failed; that error is the one to report
        }
      }
    }
  }

  /**
   * Deletes the temporary files a write of {@code target} left behind when the process was killed
   * mid-write ({@code .fr.json.<digits>.tmp}); call it only while no other write can be under way
   * (the project lock held). Returns how many it deleted.
   */
  public static int removeLeftovers(Path target) {
    Path folder = target.toAbsolutePath().getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      return 0;
    }
    Pattern leftover =
        Pattern.compile("\\." + Pattern.quote(target.getFileName().toString()) + "\\.\\d+\\.tmp");
    int removed = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        if (leftover.matcher(file.getFileName().toString()).matches()
            && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(file);
          removed++;
        }
      }
    } catch (IOException e) {
      return removed; // a leftover that cannot be removed does no harm
    }
    return removed;
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void keepPermissions(Path target, Path temp) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    Set<PosixFilePermission> permissions =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : Set.of(
                PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ,
                PosixFilePermission.OTHERS_READ);
    view.setPermissions(permissions);
  }

  private static void syncFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // some file systems cannot open or sync a folder; the rename itself is still atomic
    }
  }
}
