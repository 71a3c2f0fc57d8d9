package dev.tolk.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A JSON project for batch tests: strings with a placeholder, its targets, its run journals. */
public final class BatchProject {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path root;

  public BatchProject(Path root) {
    this.root = root;
  }

  /** {@code count} strings in en.json into the given languages, chunks of 5 items. */
  public BatchProject with(int count, String targets, String extraConfig) throws IOException {
    StringBuilder json = new StringBuilder("{\n");
    for (int i = 0; i < count; i++) {
      json.append("  \"key")
          .append(i)
          .append("\": \"Text number ")
          .append(i)
          .append(" with {name}\"")
          .append(i + 1 < count ? ",\n" : "\n");
    }
    Files.writeString(root.resolve("en.json"), json.append("}\n"));
    Files.writeString(
        root.resolve("tolk.yaml"),
        "targets: ["
            + targets
            + "]\nchunking:\n  max-items: 5\nfiles:\n  - source: en.json\n"
            + extraConfig);
    return this;
  }

  public JsonNode target(String language) throws IOException {
    return JSON.readTree(root.resolve(language + ".json").toFile());
  }

  public boolean hasTarget(String language) {
    return Files.exists(root.resolve(language + ".json"));
  }

  /** The run folders, oldest first. */
  public List<Path> runs() throws IOException {
    Path runs = root.resolve(".tolk/runs");
    if (!Files.isDirectory(runs)) {
      return List.of();
    }
    try (Stream<Path> folders = Files.list(runs)) {
      return folders.sorted().toList();
    }
  }

  /** The events of a run's journal, in order. */
  public List<JsonNode> journal(Path run) throws IOException {
    List<JsonNode> events = new ArrayList<>();
    for (String line : Files.readAllLines(run.resolve("journal.jsonl"))) {
      events.add(JSON.readTree(line));
    }
    return events;
  }

  /** The names of a run's journal events, in order. */
  public List<String> events(Path run) throws IOException {
    return journal(run).stream().map(event -> event.get("event").asText()).toList();
  }
}
