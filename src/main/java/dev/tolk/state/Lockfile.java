package dev.tolk.state;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tolk.core.ConfigurationException;
import dev.tolk.core.LockEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
   * Version 1 files are read, their entries marked legacy until they are recorded again. The
   * optional "brief" and "reviewed" fields came later without a new version: a reader that does not
   * know them skips them.
   */
  public static final int VERSION = 2;

  private static final ObjectMapper JSON = new ObjectMapper();

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
    try (JsonParser parser = JSON.getFactory().createParser(file.toFile())) {
      new LockfileReader(parser, file, lock::put).read();
    } catch (IOException e) {
      throw new ConfigurationException(
          file
              + ": damaged lockfile ("
              + e.getMessage().split("\n")[0]
              + "); fix or delete it to start over");
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

  /** Writes the lockfile, streamed (a project of a million keys has a lockfile of 180 MB). */
  public void save() {
    AtomicFile.write(
        file,
        out -> {
          try (JsonGenerator json = JSON.getFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // AtomicFile syncs, then closes
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartObject();
            json.writeNumberField("version", VERSION);
            json.writeObjectFieldStart("files");
            for (var source : entries.entrySet()) {
              writeSource(json, source.getKey(), source.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
            json.flush();
            out.write('\n');
          }
        });
  }

  private static void writeSource(
      JsonGenerator json, String source, Map<String, Map<String, LockEntry>> languages)
      throws IOException {
    if (languages.values().stream().allMatch(Map::isEmpty)) {
      return;
    }
    json.writeObjectFieldStart(source);
    for (var language : languages.entrySet()) {
      if (language.getValue().isEmpty()) {
        continue;
      }
      json.writeObjectFieldStart(language.getKey());
      for (var key : language.getValue().entrySet()) {
        LockEntry entry = key.getValue();
        json.writeObjectFieldStart(key.getKey());
        json.writeStringField("source", entry.source());
        json.writeStringField("target", entry.target());
        json.writeStringField("fingerprint", entry.fingerprint());
        if (!entry.provider().isEmpty()) {
          json.writeStringField("provider", entry.provider());
        }
        if (entry.legacy()) {
          json.writeBooleanField("legacy", true);
        }
        if (!entry.brief().isEmpty()) {
          json.writeStringField("brief", entry.brief());
        }
        if (entry.reviewed()) {
          json.writeBooleanField("reviewed", true);
        }
        json.writeEndObject();
      }
      json.writeEndObject();
    }
    json.writeEndObject();
  }
}
