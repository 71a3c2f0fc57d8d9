package dev.tolk.format.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.tolk.format.FormatException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a JSON text with jackson-core's streaming parser into a {@link JsonTree} of character
 * offsets and its string values by pointer; bounded in depth, string length and size.
 */
final class JsonReader {
  private static final JsonFactory LENIENT = factory(false);
  private static final JsonFactory FACTORY = factory(true);

  private static JsonFactory factory(boolean strict) {
    return JsonFactory.builder()
        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, strict)
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(200)
                .maxStringLength(1_000_000)
                .maxDocumentLength(1L << 30) // the memory budget decides what fits
                .build())
        .build();
  }

  /** A string member, its value and the line it is on. */
  record StringValue(JsonTree.Member member, String text, int line) {}

  /**
   * @param strings the string values by pointer, in file order
   */
  record Read(JsonTree.Container root, Map<String, StringValue> strings) {}

  private final String path;
  private final Map<String, StringValue> strings = new LinkedHashMap<>();

  private JsonReader(String path) {
    this.path = path;
  }

  /** Reads a JSON text that must be one object. */
  static Read read(String path, String text, boolean strict) {
    JsonReader reader = new JsonReader(path);
    return new Read(reader.root(text, strict), reader.strings);
  }

  private JsonTree.Container root(String text, boolean strict) {
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
          path,
          location == null ? 0 : location.getLineNr(),
          location == null ? 0 : location.getColumnNr(),
          e.getOriginalMessage().replaceAll("\\s+", " "));
    } catch (IOException e) {
      throw new FormatException(path, e.getMessage());
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
        String value = JsonStrings.checked(parser, path);
        int valueEnd = (int) parser.currentLocation().getCharOffset();
        member = new JsonTree.Member(name, nameStart, valueStart, valueEnd, true, null);
        strings.remove(childPointer); // a repeated member: the last counts, in its place
        strings.put(childPointer, new StringValue(member, value, line));
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
    return new FormatException(path, location.getLineNr(), location.getColumnNr(), problem);
  }
}
