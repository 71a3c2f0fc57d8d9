package dev.tolk.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tolk.core.CannotWriteException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * {@code .tolk/runs/<run-id>/}: the journal, the exact requests submitted, the chunks they stand
 * for, batch metadata as last seen, staged results, and the summary.
 */
public record RunFolder(Path path, String id) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  public static RunFolder create(Path stateFolder, Instant now) {
    String id =
        STAMP.format(now)
            + "-"
            + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
    Path path = stateFolder.resolve("runs").resolve(id);
    try {
      Files.createDirectories(path.resolve("requests"));
      Files.createDirectories(path.resolve("batches"));
      Files.createDirectories(path.resolve("results"));
    } catch (IOException e) {
      throw new CannotWriteException(path, e);
    }
    return new RunFolder(path, id);
  }

  public static Optional<RunFolder> open(Path stateFolder, String id) {
    Path path = stateFolder.resolve("runs").resolve(id);
    return Files.isDirectory(path) ? Optional.of(new RunFolder(path, id)) : Optional.empty();
  }

  /** Every run of the project, oldest first. */
  public static List<RunFolder> all(Path stateFolder) {
    Path runs = stateFolder.resolve("runs");
    if (!Files.isDirectory(runs)) {
      return List.of();
    }
    try (Stream<Path> folders = Files.list(runs)) {
      return folders
          .filter(Files::isDirectory)
          .sorted(Comparator.comparing(Path::getFileName))
          .map(folder -> new RunFolder(folder, folder.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs still to be resumed: not closed, and without a "finished" event; oldest first. */
  public static List<RunFolder> unfinished(Path stateFolder) {
    return all(stateFolder).stream()
        .filter(
            run ->
                run.closedBecause().isEmpty()
                    && Files.exists(run.journal().file())
                    && run.journal().read().stream()
                        .noneMatch(e -> e instanceof JournalEvent.Finished))
        .toList();
  }

  /**
   * Stops tracking this run: it is never resumed again. Its journal is left as it is (it may be
   * what cannot be read), and so are its batches.
   */
  public void close(String reason, Instant at) {
    ObjectNode marker = JSON.createObjectNode().put("reason", reason).put("at", at.toString());
    AtomicFile.write(closedMarker(), (marker + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Why the run was closed, or empty when it was not. */
  public Optional<String> closedBecause() {
    Path marker = closedMarker();
    if (!Files.exists(marker)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readTree(marker.toFile()).path("reason").asText("closed"));
    } catch (IOException e) {
      return Optional.of("closed");
    }
  }

  private Path closedMarker() {
    return path.resolve("closed.json");
  }

  public Journal journal() {
    return new Journal(path.resolve("journal.jsonl"));
  }

  public Path chunks() {
    return path.resolve("chunks.jsonl");
  }

  public Path requests(int index) {
    return path.resolve("requests").resolve(String.format("batch-%03d.jsonl", index));
  }

  public Path batch(String batchId) {
    return path.resolve("batches").resolve(batchId + ".json");
  }

  public Path results(String batchId) {
    return path.resolve("results").resolve(batchId + ".jsonl");
  }

  public Path summary() {
    return path.resolve("summary.json");
  }

  /** A short tag of this run for custom_ids: letters, digits and "-" only. */
  public String tag() {
    return "t" + id.replace("-", "");
  }
}
