package dev.tolk.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tolk.core.ConfigurationException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Journal events as JSON lines and back, the one place that knows their fields. Every line carries
 * the format version ({@code "v": 3}); lines of older versions are read as they were written (the
 * first had no version and kept the command line's own request; the third added the events of
 * failed creates, ambiguous and disowned adoptions and split files, which the second would have
 * skipped and so misread). A line of a newer version is refused with a clear message.
 */
public final class JournalCodec {
  public static final int VERSION = 3;
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
      StoredRequestCodec.encode(node.putObject("request"), e.request());
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
    } else if (event instanceof JournalEvent.CreateFailed e) {
      node.put("event", "create_failed")
          .put("file", e.file())
          .put("error", e.error())
          .put("definite", e.definite());
    } else if (event instanceof JournalEvent.Ambiguous e) {
      node.put("event", "ambiguous").put("file", e.file());
      e.candidates().forEach(node.putArray("candidates")::add);
    } else if (event instanceof JournalEvent.Disowned e) {
      node.put("event", "disowned")
          .put("file", e.file())
          .put("batch", e.batch())
          .put("why", e.why());
    } else if (event instanceof JournalEvent.Split e) {
      node.put("event", "split").put("file", e.file());
      e.into().forEach(node.putArray("into")::add);
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
        case "request" ->
            new JournalEvent.RequestRecorded(
                StoredRequestCodec.decode(node.get("request"), version));
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
        case "create_failed" ->
            new JournalEvent.CreateFailed(
                text(node, "file"), text(node, "error"), node.path("definite").asBoolean());
        case "ambiguous" ->
            new JournalEvent.Ambiguous(text(node, "file"), strings(node.get("candidates")));
        case "disowned" ->
            new JournalEvent.Disowned(text(node, "file"), text(node, "batch"), text(node, "why"));
        case "split" -> new JournalEvent.Split(text(node, "file"), strings(node.get("into")));
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

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      throw new IllegalArgumentException("no " + name);
    }
    return value.isNull() ? null : value.asText();
  }

  static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(item -> strings.add(item.asText()));
    return strings;
  }

  private static String at(Instant instant) {
    return instant.toString();
  }
}
