package dev.tolk.state;

import dev.tolk.core.CannotWriteException;
import dev.tolk.core.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run's journal: one event per line, appended and fsynced before the call returns, so that after
 * a crash at any instant the file holds every event that was acknowledged. A torn last line (the
 * crash happened mid-write) is ignored on reading, with a warning; damage anywhere else is an error
 * that names the line.
 */
public final class Journal {
  private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
  private final Path file;

  public Journal(Path file) {
    this.file = file;
  }

  public Path file() {
    return file;
  }

  /** A journal line that cannot be read, before the last: the run cannot be continued safely. */
  public static final class DamagedJournal extends InputException {
    DamagedJournal(String message) {
      super(message);
    }
  }

  public synchronized void append(JournalEvent event) {
    byte[] line = (JournalCodec.encode(event) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      Files.createDirectories(file.getParent());
      boolean fresh = !Files.exists(file);
      try (FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
        repairTornTail(channel);
        channel.position(channel.size());
        ByteBuffer buffer = ByteBuffer.wrap(line);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      if (fresh) {
        try (FileChannel folder = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
          folder.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
          // not every file system can sync a folder
        }
      }
    } catch (IOException e) {
      throw new CannotWriteException("the journal " + file, e);
    }
  }

  /**
   * Every complete event, in order.
   *
   * @throws DamagedJournal when a line before the last cannot be read
   */
  public List<JournalEvent> read() {
    List<JournalEvent> events = new ArrayList<>();
    if (!Files.exists(file)) {
      return events;
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the journal " + file + ": " + e.getMessage(), e);
    }
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        JournalEvent event = JournalCodec.decode(lines[i], file);
        if (event != null) {
          events.add(event);
        }
      } catch (JournalCodec.UnreadableLine e) {
        if (i == lines.length - 1) {
          LOG.warn("{}: the last line was cut off by a crash; it is ignored", file);
          break; // a torn write at the moment of a crash: that event was never acknowledged
        }
        String run = file.getParent() == null ? "RUN" : file.getParent().getFileName().toString();
        throw new DamagedJournal(
            file
                + ":"
                + (i + 1)
                + ": damaged journal line ("
                + e.getMessage()
                + "); this run cannot be continued safely. `tolk runs abandon "
                + run
                + "` stops tracking it (its batches stay as they are; `tolk batch list` shows"
                + " them), and the next run starts afresh");
      }
    }
    return events;
  }

  /** A torn last line would merge with the next event: cut it off before appending. */
  private static void repairTornTail(FileChannel channel) throws IOException {
    long size = channel.size();
    if (size == 0) {
      return;
    }
    ByteBuffer last = ByteBuffer.allocate(1);
    channel.read(last, size - 1);
    if (last.get(0) == '\n') {
      return;
    }
    long cut = size - 1;
    ByteBuffer one = ByteBuffer.allocate(1);
    while (cut > 0) {
      one.clear();
      channel.read(one, cut - 1);
      if (one.get(0) == '\n') {
        break;
      }
      cut--;
    }
    channel.truncate(cut);
  }
}
