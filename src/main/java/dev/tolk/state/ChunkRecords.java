package dev.tolk.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tolk.core.CannotWriteException;
import dev.tolk.core.Chunk;
import dev.tolk.core.ChunkItem;
import dev.tolk.core.Unit;
import dev.tolk.core.UnitRef;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code chunks.jsonl}: for every custom_id, the units its request stands for (file, key, language,
 * text, note, length limit, and in a review the translation reviewed). Written before anything is
 * submitted; it is what maps results back after a resume.
 */
public final class ChunkRecords {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ChunkRecords() {}

  public static void append(Path file, List<Chunk> chunks) {
    try (BufferedWriter out =
        Files.newBufferedWriter(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      for (Chunk chunk : chunks) {
        ObjectNode record = JSON.createObjectNode();
        record.put("custom_id", chunk.id());
        record.put("source", chunk.sourceLanguage());
        record.put("target", chunk.targetLanguage());
        record.put("estimate", chunk.estimatedOutputTokens());
        ArrayNode items = record.putArray("items");
        for (ChunkItem item : chunk.items()) {
          ObjectNode node = items.addObject();
          node.put("id", item.id());
          node.put("file", item.unit().ref().file());
          node.put("key", item.unit().ref().key());
          MessageJson.write(node, item.message());
          if (item.note() != null) {
            node.put("note", item.note());
          }
          if (item.unit().maxLength() != null) {
            node.put("max_length", item.unit().maxLength());
          }
          if (item.draft() != null) {
            MessageJson.write(node.putObject("draft"), item.draft());
          }
        }
        out.write(record.toString());
        out.write('\n');
      }
    } catch (IOException e) {
      throw new CannotWriteException(file, e);
    }
  }

  public static Map<String, Chunk> read(Path file) {
    Map<String, Chunk> chunks = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode record = JSON.readTree(line);
        String target = record.get("target").asText();
        List<ChunkItem> items = new ArrayList<>();
        for (JsonNode item : record.get("items")) {
          UnitRef ref = new UnitRef(item.get("file").asText(), item.get("key").asText(), target);
          String note = item.has("note") ? item.get("note").asText() : null;
          Integer maxLength = item.has("max_length") ? item.get("max_length").asInt() : null;
          items.add(
              new ChunkItem(
                  item.get("id").asText(),
                  new Unit(ref, MessageJson.read(item), note, maxLength),
                  item.has("draft") ? MessageJson.read(item.get("draft")) : null));
        }
        String id = record.get("custom_id").asText();
        chunks.put(
            id,
            new Chunk(
                id, record.get("source").asText(), target, items, record.get("estimate").asInt()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return chunks;
  }
}
