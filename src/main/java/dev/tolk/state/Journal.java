package dev.tolk.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

/**
 * A run's journal: one JSON event per line, appended and fsynced before the call returns, so that
 * after a crash at any instant the file holds every event that was acknowledged. A torn last line
 * (the crash happened mid-write) is ignored on reading; damage anywhere else is an error.
 */
public final class Journal {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path file;

  public Journal(Path file) {
    this.file = file;
  }

  public Path file() {
    return file;
  }

  public ObjectNode event(String type) {
    ObjectNode event = JSON.createObjectNode();
    event.put("event", type);
    return event;
  }

  public synchronized void append(ObjectNode event) {
    byte[] line = (event.toString() + "\n").getBytes(StandardCharsets.UTF_8);
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
      throw new UncheckedIOException("cannot write the journal " + file + ": " + e.getMessage(), e);
    }
  }

  /** Every complete event, in order. */
  public List<JsonNode> read() {
    List<JsonNode> events = new ArrayList<>();
    if (!Files.exists(file)) {
      return events;
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        boolean last = i == lines.length - 1;
        if (line.isBlank()) {
          continue;
        }
        try {
          events.add(JSON.readTree(line));
        } catch (IOException e) {
          if (last) {
            break; // a torn write at the moment of a crash: that event was never acknowledged
          }
          throw new IllegalStateException(file + ":" + (i + 1) + ": damaged journal line");
        }
      }
      return events;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
