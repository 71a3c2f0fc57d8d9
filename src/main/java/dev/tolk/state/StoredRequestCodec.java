package dev.tolk.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The request a run was started with, in its journal's first event. */
final class StoredRequestCodec {
  private StoredRequestCodec() {}

  static void encode(ObjectNode node, StoredRequest request) {
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
  static StoredRequest decode(JsonNode node, int version) {
    JsonNode settings = version >= 2 ? node.path("settings") : node;
    return new StoredRequest(
        node.hasNonNull("config_file") ? Path.of(node.get("config_file").asText()) : null,
        node.path("files").isArray() ? paths(node.get("files")) : null,
        node.hasNonNull("output_pattern") ? node.get("output_pattern").asText() : null,
        new StoredRequest.Settings(
            optional(settings, "source_language"),
            settings.path("targets").isArray()
                ? JournalCodec.strings(settings.get("targets"))
                : null,
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

  private static List<Path> paths(JsonNode array) {
    List<Path> paths = new ArrayList<>();
    array.forEach(item -> paths.add(Path.of(item.asText())));
    return paths;
  }
}
