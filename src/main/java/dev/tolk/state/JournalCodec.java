package dev.tolk.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tolk.core.ConfigurationException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Journal events as JSON lines and back, the one place that knows their fields. Every line carries
 * the format version ({@code "v": 2}); lines without one were written by the first version and are
 * read the same way (its request event held the command line's own request). A line of a newer
 * version is refused with a clear message.
 */
public final class JournalCodec {
  public static final int VERSION = 2;
  private static final ObjectMapper JSON = new ObjectMapper();

  private JournalCodec() {}

  /** A line of a journal that cannot be read as an event of this version. */
  public static final class UnreadableLine extends RuntimeException {
    UnreadableLine(String message) {
      super(message);
    }
  }

  public static String encode(JournalEvent event) {
    ObjectNode node = JSON.createObjectNode();
    node.put("v", VERSION);
    if (event instanceof JournalEvent.RequestRecorded e) {
      node.put("event", "request");
      request(node.putObject("request"), e.request());
    } else if (event instanceof JournalEvent.RunStarted e) {
      node.put("event", "run").put("run", e.run()).put("model", e.model()).put("at", at(e.at()));
    } else if (event instanceof JournalEvent.Prepared e) {
      node.put("event", "prepared")
          .put("file", e.file())
          .put("round", e.round())
          .put("requests", e.requests())
          .put("bytes", e.bytes())
          .put("sha256", e.sha256());
    } else if (event instanceof JournalEvent.Submitting e) {
      node.put("event", "submitting")
          .put("file", e.file())
          .put("requests", e.requests())
          .put("at", at(e.at()));
    } else if (event instanceof JournalEvent.Submitted e) {
      node.put("event", "submitted")
          .put("file", e.file())
          .put("batch", e.batch())
          .put("created_at", e.createdAt())
          .put("expires_at", e.expiresAt());
      if (e.adopted()) {
        node.put("adopted", true);
      }
    } else if (event instanceof JournalEvent.Rejected e) {
      node.put("event", "rejected").put("file", e.file()).put("error", e.error());
    } else if (event instanceof JournalEvent.Collected e) {
      node.put("event", "collected").put("file", e.file()).put("batch", e.batch());
    } else if (event instanceof JournalEvent.ResultsGone e) {
      node.put("event", "results_gone")
          .put("file", e.file())
          .put("batch", e.batch())
          .put("why", e.why());
    } else if (event instanceof JournalEvent.Finished e) {
      node.put("event", "finished").put("status", e.status()).put("at", at(e.at()));
    }
    return node.toString();
  }

  /**
   * The event of a line, or null for an event this version does not know (written by an older
   * version and no longer needed).
   *
   * @throws UnreadableLine when the line is not a JSON event
   * @throws ConfigurationException when a newer tolk wrote it
   */
  public static JournalEvent decode(String line, Path journal) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      throw new UnreadableLine("not JSON");
    }
    if (node == null || !node.isObject() || !node.path("event").isTextual()) {
      throw new UnreadableLine("not a journal event");
    }
    int version = node.path("v").asInt(1);
    if (version > VERSION) {
      throw new ConfigurationException(
          journal
              + ": written by a newer tolk (journal version "
              + version
              + "); update tolk to resume this run");
    }
    try {
      return switch (node.get("event").asText()) {
        case "request" -> new JournalEvent.RequestRecorded(request(node.get("request"), version));
        case "run" ->
            new JournalEvent.RunStarted(
                text(node, "run"), text(node, "model"), Instant.parse(text(node, "at")));
        case "prepared" ->
            new JournalEvent.Prepared(
                text(node, "file"),
                node.path("round").asInt(),
                node.path("requests").asInt(),
                node.path("bytes").asLong(),
                text(node, "sha256"));
        case "submitting" ->
            new JournalEvent.Submitting(
                text(node, "file"), node.path("requests").asInt(), Instant.parse(text(node, "at")));
        case "submitted" ->
            new JournalEvent.Submitted(
                text(node, "file"),
                text(node, "batch"),
                text(node, "created_at"),
                text(node, "expires_at"),
                node.path("adopted").asBoolean(false));
        case "rejected" -> new JournalEvent.Rejected(text(node, "file"), text(node, "error"));
        case "collected" -> new JournalEvent.Collected(text(node, "file"), text(node, "batch"));
        case "results_gone" ->
            new JournalEvent.ResultsGone(
                text(node, "file"), text(node, "batch"), text(node, "why"));
        case "finished" ->
            new JournalEvent.Finished(text(node, "status"), Instant.parse(text(node, "at")));
        default -> null;
      };
    } catch (RuntimeException e) {
      throw new UnreadableLine("a " + node.get("event").asText() + " event without its fields");
    }
  }

  private static void request(ObjectNode node, StoredRequest request) {
    if (request.configFile() != null) {
      node.put("config_file", request.configFile().toString());
    }
    if (request.files() != null) {
      ArrayNode files = node.putArray("files");
      request.files().forEach(file -> files.add(file.toString()));
    }
    if (request.outputPattern() != null) {
      node.put("output_pattern", request.outputPattern());
    }
    StoredRequest.Settings settings = request.settings();
    ObjectNode given = node.putObject("settings");
    putIfSet(given, "source_language", settings.sourceLanguage());
    if (settings.targets() != null) {
      ArrayNode targets = given.putArray("targets");
      settings.targets().forEach(targets::add);
    }
    putIfSet(given, "provider", settings.provider());
    putIfSet(given, "model", settings.model());
    if (settings.concurrency() != null) {
      given.put("concurrency", settings.concurrency());
    }
    if (settings.batchThreshold() != null) {
      given.put("batch_threshold", settings.batchThreshold());
    }
    putIfSet(given, "poll_interval", settings.pollInterval());
    putIfSet(given, "max_wait", settings.maxWait());
  }

  /** Version 1 kept the command line's request flat; version 2 keeps the settings apart. */
  private static StoredRequest request(JsonNode node, int version) {
    JsonNode settings = version >= 2 ? node.path("settings") : node;
    return new StoredRequest(
        node.hasNonNull("config_file") ? Path.of(node.get("config_file").asText()) : null,
        node.path("files").isArray() ? paths(node.get("files")) : null,
        node.hasNonNull("output_pattern") ? node.get("output_pattern").asText() : null,
        new StoredRequest.Settings(
            optional(settings, "source_language"),
            settings.path("targets").isArray() ? strings(settings.get("targets")) : null,
            optional(settings, "provider"),
            optional(settings, "model"),
            settings.hasNonNull("concurrency") ? settings.get("concurrency").asInt() : null,
            settings.hasNonNull("batch_threshold") ? settings.get("batch_threshold").asInt() : null,
            optional(settings, "poll_interval"),
            optional(settings, "max_wait")));
  }

  private static void putIfSet(ObjectNode node, String name, String value) {
    if (value != null) {
      node.put(name, value);
    }
  }

  private static String optional(JsonNode node, String name) {
    return node.hasNonNull(name) ? node.get(name).asText() : null;
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      throw new IllegalArgumentException("no " + name);
    }
    return value.isNull() ? null : value.asText();
  }

  private static List<Path> paths(JsonNode array) {
    List<Path> paths = new ArrayList<>();
    array.forEach(item -> paths.add(Path.of(item.asText())));
    return paths;
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(item -> strings.add(item.asText()));
    return strings;
  }

  private static String at(Instant instant) {
    return instant.toString();
  }
}
