package dev.tolk.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tolk.core.ConfigurationException;
import dev.tolk.core.LockEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code tolk.lock}: for each source file, language and key, what was translated and written, so
 * that only changed strings are sent and a person's edits are recognised. Sorted, so that its diffs
 * stay small; written atomically, and only after the target files are.
 */
public final class Lockfile {
  /**
   * 2: plurals hashed in their canonical form, and the provider of each translation recorded.
   * Version 1 files are read, their entries marked legacy until they are recorded again.
   */
  public static final int VERSION = 2;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;

  /** file -> language -> key -> entry */
  private final Map<String, Map<String, Map<String, LockEntry>>> entries = new TreeMap<>();

  private Lockfile(Path file) {
    this.file = file;
  }

  public static Lockfile load(Path file) {
    Lockfile lock = new Lockfile(file);
    if (!Files.exists(file)) {
      return lock;
    }
    JsonNode root;
    try {
      root = JSON.readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new ConfigurationException(
          file
              + ": damaged lockfile ("
              + e.getMessage().split("\n")[0]
              + "); fix or delete it to start over");
    }
    if (root == null || !root.path("files").isObject()) {
      throw new ConfigurationException(
          file + ": damaged lockfile (no \"files\"); fix or delete it to start over");
    }
    int version = root.path("version").asInt(0);
    if (version > VERSION) {
      throw new ConfigurationException(
          file + ": written by a newer tolk (lockfile version " + version + "); update tolk");
    }
    for (Iterator<Map.Entry<String, JsonNode>> files = root.get("files").fields();
        files.hasNext(); ) {
      var source = files.next();
      for (Iterator<Map.Entry<String, JsonNode>> languages = source.getValue().fields();
          languages.hasNext(); ) {
        var language = languages.next();
        for (Iterator<Map.Entry<String, JsonNode>> keys = language.getValue().fields();
            keys.hasNext(); ) {
          var key = keys.next();
          JsonNode value = key.getValue();
          String fingerprint = value.path("fingerprint").asText();
          String provider = value.path("provider").asText(""); // version 1 did not say
          lock.put(
              source.getKey(),
              language.getKey(),
              key.getKey(),
              new LockEntry(
                  value.path("source").asText(),
                  value.path("target").asText(),
                  fingerprint,
                  provider,
                  version < 2 || value.path("legacy").asBoolean(false)));
        }
      }
    }
    return lock;
  }

  /** The entry of one key, or null. */
  public LockEntry get(String sourceFile, String language, String key) {
    return entries(sourceFile, language).get(key);
  }

  public Map<String, LockEntry> entries(String sourceFile, String language) {
    return entries.getOrDefault(sourceFile, Map.of()).getOrDefault(language, Map.of());
  }

  public void put(String sourceFile, String language, String key, LockEntry entry) {
    entries
        .computeIfAbsent(sourceFile, f -> new TreeMap<>())
        .computeIfAbsent(language, l -> new TreeMap<>())
        .put(key, entry);
  }

  public void remove(String sourceFile, String language, String key) {
    Map<String, LockEntry> keys = entries.getOrDefault(sourceFile, Map.of()).get(language);
    if (keys != null) {
      keys.remove(key);
    }
  }

  public void save() {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", VERSION);
    ObjectNode files = root.putObject("files");
    entries.forEach(
        (source, languages) ->
            languages.forEach(
                (language, keys) -> {
                  if (keys.isEmpty()) {
                    return;
                  }
                  ObjectNode byKey = files.with(source).putObject(language);
                  keys.forEach(
                      (key, entry) -> {
                        ObjectNode node =
                            byKey
                                .putObject(key)
                                .put("source", entry.source())
                                .put("target", entry.target())
                                .put("fingerprint", entry.fingerprint());
                        if (!entry.provider().isEmpty()) {
                          node.put("provider", entry.provider());
                        }
                        if (entry.legacy()) {
                          node.put("legacy", true);
                        }
                      });
                }));
    try {
      AtomicFile.write(
          file,
          (JSON.writeValueAsString(root) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
