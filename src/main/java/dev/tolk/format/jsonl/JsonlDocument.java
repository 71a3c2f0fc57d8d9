package dev.tolk.format.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.core.message.Message;
import dev.tolk.format.FormatException;
import dev.tolk.format.LocalizationDocument;
import dev.tolk.format.TextChecks;
import dev.tolk.format.TextFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A JSONL items file: lines kept as they are unless their text is replaced. */
final class JsonlDocument implements LocalizationDocument {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final TextFile file;
  private final List<String> lines = new ArrayList<>();
  private final Map<String, Integer> lineOfId = new LinkedHashMap<>();
  private final Map<String, ObjectNode> items = new HashMap<>();
  private final List<Entry> entries = new ArrayList<>();

  private JsonlDocument(TextFile file) {
    this.file = file;
  }

  static JsonlDocument parse(TextFile file) {
    JsonlDocument document = new JsonlDocument(file);
    String text = file.text();
    if (text.isBlank()) {
      throw new FormatException(file.path(), 1, 1, "empty file: expected one JSON item per line");
    }
    String[] raw = text.split("\r?\n", -1);
    int count = text.endsWith("\n") ? raw.length - 1 : raw.length;
    for (int i = 0; i < count; i++) {
      document.lines.add(raw[i]);
      if (!raw[i].isBlank()) {
        document.readItem(raw[i], i + 1);
      }
    }
    return document;
  }

  private void readItem(String line, int number) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      int column = e.getLocation() == null ? 1 : e.getLocation().getColumnNr();
      throw new FormatException(file.path(), number, column, e.getOriginalMessage());
    }
    if (!(node instanceof ObjectNode item)
        || !item.path("id").isTextual()
        || !item.path("text").isTextual()) {
      throw new FormatException(
          file.path(), number, 1, "expected an object with string fields \"id\" and \"text\"");
    }
    String id = item.get("id").asText();
    if (lineOfId.containsKey(id)) {
      throw new FormatException(
          file.path(),
          number,
          1,
          "duplicate id '" + id + "' (first on line " + (lineOfId.get(id) + 1) + ")");
    }
    lineOfId.put(id, lines.size() - 1);
    items.put(id, item);
    String note = item.path("note").isTextual() ? item.get("note").asText() : null;
    String text = item.get("text").asText();
    int bad = TextChecks.loneSurrogate(text);
    if (bad >= 0) {
      throw new FormatException(
          file.path(), number, 1, "the text holds a lone surrogate (an escape that is not text)");
    }
    entries.add(new Entry(id, Message.text(text), note, number));
  }

  @Override
  public Catalog catalog() {
    return new Catalog(entries);
  }

  @Override
  public byte[] update(
      Map<String, Message> values, java.util.Set<String> removals, LocalizationDocument source) {
    JsonlDocument sourceDocument = (JsonlDocument) source;
    List<String> out = new ArrayList<>(lines);
    Map<Integer, List<String>> insertAfter = new LinkedHashMap<>();
    String previous = null;
    for (Entry entry : sourceDocument.entries) {
      String id = entry.key();
      String value = values.containsKey(id) ? values.get(id).canonical() : null;
      if (value != null && lineOfId.containsKey(id)) {
        out.set(lineOfId.get(id), render(items.get(id), value));
      } else if (value != null) {
        int anchor = previous == null ? -1 : lineOfId.get(previous);
        insertAfter.computeIfAbsent(anchor, a -> new ArrayList<>()).add(render(newItem(id), value));
      }
      if (lineOfId.containsKey(id) && !removals.contains(id)) {
        previous = id;
      }
    }
    List<String> result = new ArrayList<>();
    result.addAll(insertAfter.getOrDefault(-1, List.of()));
    java.util.Set<Integer> removed = new java.util.HashSet<>();
    removals.forEach(
        id -> {
          if (lineOfId.containsKey(id) && !values.containsKey(id)) {
            removed.add(lineOfId.get(id));
          }
        });
    for (int i = 0; i < out.size(); i++) {
      if (!removed.contains(i)) {
        result.add(out.get(i));
      }
      result.addAll(insertAfter.getOrDefault(i, List.of()));
    }
    return file.encode(String.join(file.newline(), result) + file.newline());
  }

  @Override
  public byte[] translateInto(Map<String, Message> values, String language) {
    List<String> out = new ArrayList<>();
    for (Entry entry : entries) {
      Message value = values.get(entry.key());
      if (value != null) {
        out.add(render(items.get(entry.key()), value.canonical()));
      }
    }
    return file.encode(out.isEmpty() ? "" : String.join(file.newline(), out) + file.newline());
  }

  private static ObjectNode newItem(String id) {
    ObjectNode item = MAPPER.createObjectNode();
    item.put("id", id);
    return item;
  }

  private static String render(ObjectNode template, String text) {
    ObjectNode copy = template.deepCopy();
    copy.remove("note");
    copy.put("text", text);
    try {
      return MAPPER.writeValueAsString(copy);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
