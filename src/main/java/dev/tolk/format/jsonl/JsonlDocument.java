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
import dev.tolk.format.EditPlan;
import dev.tolk.format.FormatException;
import dev.tolk.format.Lines;
import dev.tolk.format.LocalizationDocument;
import dev.tolk.format.TextChecks;
import dev.tolk.format.TextFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSONL items file: every line kept as it is unless its text is replaced; new items go after the
 * item that precedes them in the source.
 */
public final class JsonlDocument implements LocalizationDocument<JsonlDocument> {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** Where an item's line is: its text from start to end, the next line at {@code next}. */
  private record Line(int number, int start, int end, int next) {}

  private final TextFile file;
  private final Map<String, Line> lineOfId = new LinkedHashMap<>();
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
    int start = 0;
    for (int number = 1; start < text.length(); number++) {
      int next = Lines.next(text, start + 1);
      int end = Lines.withoutTerminator(text, next);
      String line = text.substring(start, end);
      if (!line.isBlank()) {
        document.readItem(line, new Line(number, start, end, next));
      }
      start = next;
    }
    return document;
  }

  private void readItem(String line, Line place) {
    int number = place.number();
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
          "duplicate id '" + id + "' (first on line " + lineOfId.get(id).number() + ")");
    }
    lineOfId.put(id, place);
    items.put(id, item);
    String note = item.path("note").isTextual() ? item.get("note").asText() : null;
    String text = item.get("text").asText();
    if (TextChecks.loneSurrogate(text) >= 0) {
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
  public byte[] update(Map<String, Message> values, Set<String> removals, JsonlDocument source) {
    String text = file.text();
    String nl = file.newline();
    EditPlan plan = new EditPlan(text);
    int anchor = 0; // where a new item goes: after the last kept item seen in the source's order
    for (Entry entry : source.entries) {
      String id = entry.key();
      Message value = values.get(id);
      Line line = lineOfId.get(id);
      if (line != null) {
        if (value != null) {
          plan.replace(line.start(), line.end(), render(items.get(id), value.canonical()));
        }
        if (!removals.contains(id)) {
          anchor = line.next();
        }
      } else if (value != null) {
        String rendered = render(newItem(id), value.canonical());
        boolean unterminated = anchor == text.length() && !text.isEmpty() && !text.endsWith("\n");
        plan.insert(anchor, unterminated ? nl + rendered : rendered + nl);
      }
    }
    for (String id : removals) {
      Line line = lineOfId.get(id);
      if (line != null && !values.containsKey(id)) {
        plan.replace(line.start(), line.next(), "");
      }
    }
    return file.encode(plan.apply());
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
