package dev.tolk.state;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tolk.core.ConfigurationException;
import dev.tolk.core.LockEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code tolk.lock} as a stream of tokens, never as a tree, so that a lockfile of a million
 * entries costs only its entries; the few strings every entry repeats (fingerprints, providers) are
 * kept once.
 */
final class LockfileReader {
  /** Where each entry goes. */
  interface Sink {
    void put(String sourceFile, String language, String key, LockEntry entry);
  }

  private record Pending(String file, String language, String key, LockEntry entry) {}

  private final JsonParser parser;
  private final Path file;
  private final Sink sink;
  private final Map<String, String> shared = new HashMap<>();
  private Integer version;

  LockfileReader(JsonParser parser, Path file, Sink sink) {
    this.parser = parser;
    this.file = file;
    this.sink = sink;
  }

  void read() throws IOException {
    expect(parser.nextToken(), JsonToken.START_OBJECT);
    boolean sawFiles = false;
    List<Pending> early =
        new ArrayList<>(); // entries read before the version: none, as tolk writes
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (field.equals("version") && value.isNumeric()) {
        version = parser.getIntValue();
        checkVersion();
      } else if (field.equals("files") && value == JsonToken.START_OBJECT) {
        sawFiles = true;
        readFiles(early);
      } else {
        parser.skipChildren();
      }
    }
    if (!sawFiles) {
      throw new ConfigurationException(
          file + ": damaged lockfile (no \"files\"); fix or delete it to start over");
    }
    if (version == null) {
      version = 0;
    }
    for (Pending entry : early) {
      put(entry.file(), entry.language(), entry.key(), entry.entry());
    }
  }

  private void checkVersion() {
    if (version > Lockfile.VERSION) {
      throw new ConfigurationException(
          file + ": written by a newer tolk (lockfile version " + version + "); update tolk");
    }
  }

  private void put(String source, String language, String key, LockEntry read) {
    boolean legacy = version < 2 || read.legacy(); // version 1 hashed plurals another way
    sink.put(source, language, key, legacy == read.legacy() ? read : read.withLegacy(true));
  }

  private void readFiles(List<Pending> early) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String source = shared(parser.currentName());
      expect(parser.nextToken(), JsonToken.START_OBJECT);
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String language = shared(parser.currentName());
        expect(parser.nextToken(), JsonToken.START_OBJECT);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          expect(parser.nextToken(), JsonToken.START_OBJECT);
          LockEntry entry = entry();
          if (version == null) {
            early.add(new Pending(source, language, key, entry));
          } else {
            put(source, language, key, entry);
          }
        }
      }
    }
  }

  private LockEntry entry() throws IOException {
    String source = "";
    String target = "";
    String fingerprint = "";
    String provider = ""; // version 1 did not say
    boolean legacy = false;
    String brief = "";
    boolean reviewed = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (field) {
        case "source" -> source = parser.getValueAsString("");
        case "target" -> target = parser.getValueAsString("");
        case "fingerprint" -> fingerprint = shared(parser.getValueAsString(""));
        case "provider" -> provider = shared(parser.getValueAsString(""));
        case "legacy" -> legacy = value == JsonToken.VALUE_TRUE;
        case "brief" -> brief = shared(parser.getValueAsString(""));
        case "reviewed" -> reviewed = value == JsonToken.VALUE_TRUE;
        default -> parser.skipChildren();
      }
    }
    return new LockEntry(source, target, fingerprint, provider, legacy, brief, reviewed);
  }

  private String shared(String text) {
    return shared.computeIfAbsent(text, t -> t);
  }

  private void expect(JsonToken token, JsonToken expected) throws IOException {
    if (token != expected) {
      throw new JsonParseException(parser, "expected " + expected + ", found " + token);
    }
  }
}
