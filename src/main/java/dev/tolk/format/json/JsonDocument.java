package dev.tolk.format.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.format.FormatException;
import dev.tolk.format.LocalizationDocument;
import dev.tolk.format.TextEdit;
import dev.tolk.format.TextFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON localization file read with jackson-core's streaming parser, keeping the character offsets
 * of every value so that writing replaces value spans and inserts members without touching other
 * bytes. Keys are JSON Pointers ({@code /auth/login/title}); keys with dots are never split.
 */
final class JsonDocument implements LocalizationDocument {
  private static final JsonFactory LENIENT = factory(false);
  private static final JsonFactory FACTORY = factory(true);

  private static JsonFactory factory(boolean strict) {
    return JsonFactory.builder()
        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, strict)
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(200)
                .maxStringLength(1_000_000)
                .maxDocumentLength(64L * 1024 * 1024)
                .build())
        .build();
  }

  private final TextFile file;
  private final String text;
  private final JsonStyle style;
  private final JsonTree.Container root;
  private final Map<String, JsonTree.Member> leaves = new LinkedHashMap<>();
  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, String> texts = new java.util.HashMap<>();

  private final boolean strict;

  private JsonDocument(TextFile file, String text, JsonStyle style, boolean strict) {
    this.strict = strict;
    this.file = file;
    this.text = text;
    this.style = style;
    this.root = read();
  }

  static JsonDocument parse(TextFile file) {
    return parse(file, true);
  }

  /**
   * @param strict whether a repeated member is an error (else the last one counts)
   */
  static JsonDocument parse(TextFile file, boolean strict) {
    if (file.text().isBlank()) {
      throw new FormatException(file.path(), 1, 1, "empty file: expected a JSON object");
    }
    return new JsonDocument(
        file, file.text(), JsonStyle.detect(file.text(), file.newline()), strict);
  }

  String newline() {
    return file.newline();
  }

  @Override
  public Catalog catalog() {
    return new Catalog(entries);
  }

  JsonTree.Container root() {
    return root;
  }

  @Override
  public byte[] update(
      Map<String, String> values, java.util.Set<String> removals, LocalizationDocument source) {
    JsonDocument sourceDocument = (JsonDocument) source;
    List<TextEdit> edits = new ArrayList<>();
    Map<String, String> missing = new LinkedHashMap<>();
    for (Entry entry : sourceDocument.entries) {
      String value = values.get(entry.key());
      if (value == null) {
        continue;
      }
      JsonTree.Member existing = leaves.get(entry.key());
      if (existing != null && value.equals(textOf(entry.key()))) {
        continue; // unchanged: keep its bytes, escapes included
      }
      if (existing != null) {
        edits.add(
            new TextEdit(existing.valueStart(), existing.valueEnd(), JsonStrings.quote(value)));
      } else {
        missing.put(entry.key(), value);
      }
    }
    edits.addAll(new JsonInsertions(root, sourceDocument.root, style, removals).plan(missing));
    for (String key : removals) {
      JsonTree.Member member = leaves.get(key);
      if (member != null && !values.containsKey(key)) {
        edits.add(removal(member));
      }
    }
    return file.encode(TextEdit.apply(text, edits));
  }

  @Override
  public byte[] translateInto(Map<String, String> values) {
    String empty = "{}" + (style.finalNewline() ? file.newline() : "");
    JsonDocument target = new JsonDocument(file, empty, style, strict);
    return target.update(values, java.util.Set.of(), this);
  }

  /** The span of a member with the comma that separates it from its neighbour. */
  private TextEdit removal(JsonTree.Member member) {
    JsonTree.Container container = containerOf(root, member);
    int index = container.members.indexOf(member);
    if (container.members.size() == 1) {
      return new TextEdit(container.open + 1, container.close, "");
    }
    if (index < container.members.size() - 1) {
      return new TextEdit(member.nameStart(), container.members.get(index + 1).nameStart(), "");
    }
    return new TextEdit(container.members.get(index - 1).valueEnd(), member.valueEnd(), "");
  }

  private static JsonTree.Container containerOf(
      JsonTree.Container container, JsonTree.Member member) {
    if (container.members.contains(member)) {
      return container;
    }
    for (JsonTree.Member child : container.members) {
      if (child.child() != null) {
        JsonTree.Container found = containerOf(child.child(), member);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private String textOf(String key) {
    return texts.get(key);
  }

  private JsonTree.Container read() {
    try (JsonParser parser = (strict ? FACTORY : LENIENT).createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw error(parser, "expected a JSON object at the top level");
      }
      JsonTree.Container container = container(parser, "", 0, false);
      if (parser.nextToken() != null) {
        throw error(parser, "unexpected content after the top-level object");
      }
      return container;
    } catch (JsonProcessingException e) {
      var location = e.getLocation();
      throw new FormatException(
          file.path(),
          location == null ? 0 : location.getLineNr(),
          location == null ? 0 : location.getColumnNr(),
          e.getOriginalMessage().replaceAll("\\s+", " "));
    } catch (IOException e) {
      throw new FormatException(file.path(), e.getMessage());
    }
  }

  private JsonTree.Container container(JsonParser parser, String pointer, int depth, boolean array)
      throws IOException {
    JsonTree.Container container = new JsonTree.Container(pointer, depth, array);
    container.open = offset(parser);
    int index = 0;
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
      String name;
      int nameStart = offset(parser);
      if (array) {
        name = Integer.toString(index++);
      } else {
        name = parser.currentName();
        token = parser.nextToken();
      }
      String childPointer = JsonTree.pointer(pointer, name);
      int valueStart = offset(parser);
      int line = parser.currentTokenLocation().getLineNr();
      JsonTree.Member member;
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        JsonTree.Container child =
            container(parser, childPointer, depth + 1, token == JsonToken.START_ARRAY);
        member = new JsonTree.Member(name, nameStart, valueStart, child.close + 1, false, child);
      } else if (token == JsonToken.VALUE_STRING) {
        String value = parser.getText();
        int valueEnd = (int) parser.currentLocation().getCharOffset();
        member = new JsonTree.Member(name, nameStart, valueStart, valueEnd, true, null);
        if (leaves.put(childPointer, member) != null) {
          entries.removeIf(
              entry -> entry.key().equals(childPointer)); // a repeated member: the last counts
        }
        entries.add(new Entry(childPointer, value, null, line));
        texts.put(childPointer, value);
      } else {
        parser.getText();
        int valueEnd = (int) parser.currentLocation().getCharOffset();
        member = new JsonTree.Member(name, nameStart, valueStart, valueEnd, false, null);
      }
      container.members.add(member);
    }
    container.close = offset(parser);
    return container;
  }

  private static int offset(JsonParser parser) {
    return (int) parser.currentTokenLocation().getCharOffset();
  }

  private FormatException error(JsonParser parser, String problem) {
    var location = parser.currentTokenLocation();
    return new FormatException(file.path(), location.getLineNr(), location.getColumnNr(), problem);
  }
}
