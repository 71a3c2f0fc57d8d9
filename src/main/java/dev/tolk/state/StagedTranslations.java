package dev.tolk.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tolk.core.CannotWriteException;
import dev.tolk.core.UnitRef;
import dev.tolk.core.message.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code .tolk/staged.jsonl}: validated translations that could not be written (a read-only folder,
 * a full disk), kept so that the next run writes them without asking the model again, as long as
 * their source has not changed.
 */
public final class StagedTranslations {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One translation waiting to be written.
   *
   * @param sourceHash the hash of the source it translates (see {@code LockHashes.source})
   * @param fingerprint the provider's model and instructions that made it
   */
  public record Staged(
      UnitRef ref, String sourceHash, Message message, String provider, String fingerprint) {}

  private final Path file;
  private final Map<UnitRef, Staged> staged;

  private StagedTranslations(Path file, Map<UnitRef, Staged> staged) {
    this.file = file;
    this.staged = staged;
  }

  /** The staged translations of a project; none when the file does not exist or is unreadable. */
  public static StagedTranslations load(Path stateFolder) {
    Path file = stateFolder.resolve("staged.jsonl");
    Map<UnitRef, Staged> staged = new LinkedHashMap<>();
    if (Files.exists(file)) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            Staged entry = decode(JSON.readTree(line));
            staged.put(entry.ref(), entry);
          }
        }
      } catch (IOException | RuntimeException e) {
        staged.clear(); // a damaged file only costs a new request for what it held
      }
    }
    return new StagedTranslations(file, staged);
  }

  public Optional<Staged> find(UnitRef ref) {
    return Optional.ofNullable(staged.get(ref));
  }

  public boolean isEmpty() {
    return staged.isEmpty();
  }

  /** Keeps these, replaces what was staged for them, removes those written, and saves. */
  public void update(List<Staged> unwritten, Collection<UnitRef> written) {
    boolean changed = false;
    for (UnitRef ref : written) {
      changed |= staged.remove(ref) != null;
    }
    for (Staged entry : unwritten) {
      staged.put(entry.ref(), entry);
      changed = true;
    }
    if (changed) {
      save();
    }
  }

  private void save() {
    try {
      if (staged.isEmpty()) {
        Files.deleteIfExists(file);
        return;
      }
      StringBuilder lines = new StringBuilder();
      staged.values().forEach(entry -> lines.append(encode(entry)).append('\n'));
      AtomicFile.write(file, lines.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new CannotWriteException(file, e);
    }
  }

  private static String encode(Staged entry) {
    ObjectNode node = JSON.createObjectNode();
    node.put("file", entry.ref().file())
        .put("key", entry.ref().key())
        .put("language", entry.ref().language())
        .put("source", entry.sourceHash())
        .put("provider", entry.provider())
        .put("fingerprint", entry.fingerprint());
    MessageJson.write(node, entry.message());
    return node.toString();
  }

  private static Staged decode(JsonNode node) {
    return new Staged(
        new UnitRef(
            node.get("file").asText(), node.get("key").asText(), node.get("language").asText()),
        node.get("source").asText(),
        MessageJson.read(node),
        node.get("provider").asText(),
        node.get("fingerprint").asText());
  }
}
