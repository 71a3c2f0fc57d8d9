package dev.tolk.format.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.core.message.CldrPlurals;
import dev.tolk.core.message.Dialect;
import dev.tolk.core.message.Message;
import dev.tolk.format.EditPlan;
import dev.tolk.format.FormatException;
import dev.tolk.format.KeyedPlurals;
import dev.tolk.format.LocalizationDocument;
import dev.tolk.format.TextFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON localization file read with jackson-core's streaming parser, keeping the character offsets
 * of every value so that writing replaces value spans and inserts members without touching other
 * bytes. Keys are JSON Pointers ({@code /auth/login/title}); keys with dots are never split.
 * i18next's plural keys ({@code items_one}, {@code items_other}) are one plural message.
 */
public final class JsonDocument implements LocalizationDocument<JsonDocument> {
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
  private final String language;
  private final Dialect dialect;
  private final JsonTree.Container root;
  private final Map<String, JsonTree.Member> leaves = new LinkedHashMap<>();
  private final Map<String, String> texts = new HashMap<>();
  private final Map<String, Integer> lines = new HashMap<>();
  private final Map<String, JsonPlurals.Group> plurals = new LinkedHashMap<>();
  private final List<Entry> entries = new ArrayList<>();
  private final boolean strict;

  private JsonDocument(
      TextFile file,
      String text,
      JsonStyle style,
      boolean strict,
      String language,
      Dialect dialect) {
    this.strict = strict;
    this.file = file;
    this.text = text;
    this.style = style;
    this.language = language;
    this.dialect = dialect;
    this.root = read();
    group();
  }

  /**
   * @param strict whether a repeated member is an error (else the last one counts)
   * @param language the file's language, for what a plural's "zero" key means (null: unknown)
   */
  static JsonDocument parse(TextFile file, boolean strict, String language, Dialect dialect) {
    if (file.text().isBlank()) {
      throw new FormatException(file.path(), 1, 1, "empty file: expected a JSON object");
    }
    return new JsonDocument(
        file,
        file.text(),
        JsonStyle.detect(file.text(), file.newline()),
        strict,
        language,
        dialect);
  }

  String newline() {
    return file.newline();
  }

  @Override
  public Catalog catalog() {
    return new Catalog(entries);
  }

  /** The raw string values by pointer (plural forms under their own keys). */
  Map<String, String> strings() {
    Map<String, String> strings = new LinkedHashMap<>();
    leaves.keySet().forEach(key -> strings.put(key, texts.get(key)));
    return strings;
  }

  @Override
  public Message normalized(String key, Message value) {
    if (value instanceof Message.Plural plural && plurals.containsKey(key)) {
      return plural.withBranches(
          KeyedPlurals.normalized(plural.branches(), language, plural.kind()));
    }
    return value;
  }

  /**
   * Values by pointer of the strings to write: plural messages become their forms' members, and the
   * forms a plural no longer has are removed.
   */
  private Map<String, String> strings(
      Map<String, Message> values, JsonDocument source, Set<String> removals) {
    Map<String, String> strings = new LinkedHashMap<>();
    values.forEach(
        (key, message) -> {
          JsonPlurals.Group group = source.plurals.get(key);
          if (group != null && message instanceof Message.Plural plural) {
            String parent = group.container().pointer;
            Map<String, String> forms =
                KeyedPlurals.keys(plural.branches(), language, plural.kind());
            forms.forEach(
                (category, form) ->
                    strings.put(JsonTree.pointer(parent, group.member(category)), form));
            JsonPlurals.Group own = plurals.get(key);
            if (own != null) {
              own.members()
                  .forEach(
                      (category, member) -> {
                        if (!forms.containsKey(category)) {
                          removals.add(JsonTree.pointer(parent, member));
                        }
                      });
            }
          } else {
            strings.put(key, message.canonical());
          }
        });
    return strings;
  }

  @Override
  public byte[] update(Map<String, Message> values, Set<String> removals, JsonDocument source) {
    JsonDocument sourceDocument = source;
    Set<String> removed = new LinkedHashSet<>();
    for (String key : removals) {
      JsonPlurals.Group group = plurals.get(key);
      if (group == null) {
        removed.add(key);
      } else if (!values.containsKey(key)) {
        group
            .members()
            .values()
            .forEach(member -> removed.add(JsonTree.pointer(group.container().pointer, member)));
      }
    }
    Map<String, String> strings = strings(values, sourceDocument, removed);
    removed.removeAll(strings.keySet());
    EditPlan plan = new EditPlan(text);
    Map<String, String> missing = new LinkedHashMap<>();
    for (var entry : strings.entrySet()) {
      JsonTree.Member existing = leaves.get(entry.getKey());
      if (existing != null && entry.getValue().equals(texts.get(entry.getKey()))) {
        continue; // unchanged: keep its bytes, escapes included
      }
      if (existing != null) {
        plan.replace(
            existing.valueStart(), existing.valueEnd(), JsonStrings.quote(entry.getValue()));
      } else {
        missing.put(entry.getKey(), entry.getValue());
      }
    }
    new JsonInsertions(root, sourceDocument.root, style, removed, sourceDocument::names)
        .plan(sourceDocument.inOrder(missing), plan);
    for (String key : removed) {
      JsonTree.Member member = leaves.get(key);
      if (member != null) {
        removal(member, plan);
      }
    }
    return file.encode(plan.apply());
  }

  /**
   * The member names of a container in the order new members follow: the file's, with each plural's
   * forms in CLDR order where its first form is ({@code items_few} after {@code items_one}).
   */
  private List<String> names(JsonTree.Container container) {
    Map<String, JsonPlurals.Group> byFirstForm = new HashMap<>();
    Set<String> forms = new HashSet<>();
    for (JsonPlurals.Group group : plurals.values()) {
      if (group.container() == container) {
        byFirstForm.put(group.members().values().iterator().next(), group);
        forms.addAll(group.members().values());
      }
    }
    List<String> names = new ArrayList<>();
    for (JsonTree.Member member : container.members) {
      JsonPlurals.Group group = byFirstForm.get(member.name());
      if (group != null) {
        CldrPlurals.ORDER.forEach(category -> names.add(group.member(category)));
      } else if (!forms.contains(member.name())) {
        names.add(member.name());
      }
    }
    return names;
  }

  /**
   * Pointers in the order of this (source) document's members, plural forms included; those the
   * source does not have (an ARB file's {@code @@locale}) first.
   */
  private Map<String, String> inOrder(Map<String, String> values) {
    Map<String, String> walked = new LinkedHashMap<>();
    walk(root, values, walked);
    Map<String, String> ordered = new LinkedHashMap<>();
    values.forEach(
        (key, value) -> {
          if (!walked.containsKey(key)) {
            ordered.put(key, value);
          }
        });
    ordered.putAll(walked);
    return ordered;
  }

  private void walk(
      JsonTree.Container container, Map<String, String> values, Map<String, String> out) {
    Map<String, JsonTree.Member> children = new HashMap<>();
    container.members.forEach(member -> children.putIfAbsent(member.name(), member));
    for (String name : names(container)) {
      String pointer = JsonTree.pointer(container.pointer, name);
      JsonTree.Member member = children.get(name);
      if (member != null && member.child() != null) {
        walk(member.child(), values, out);
      } else if (values.containsKey(pointer)) {
        out.put(pointer, values.get(pointer));
      }
    }
  }

  @Override
  public byte[] translateInto(Map<String, Message> values, String language) {
    String empty = "{}" + (style.finalNewline() ? file.newline() : "");
    JsonDocument target = new JsonDocument(file, empty, style, strict, language, dialect);
    return target.update(values, Set.of(), this);
  }

  /** Removes a member with the comma that separates it from its neighbour. */
  private void removal(JsonTree.Member member, EditPlan plan) {
    JsonTree.Container container = containerOf(root, member);
    int index = container.members.indexOf(member);
    if (container.members.size() == 1) {
      plan.replace(container.open + 1, container.close, "");
    } else if (index < container.members.size() - 1) {
      plan.replace(member.nameStart(), container.members.get(index + 1).nameStart(), "");
    } else {
      plan.replace(container.members.get(index - 1).valueEnd(), member.valueEnd(), "");
    }
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

  /** Entries in file order: plural forms give one entry, where their first form is. */
  private void group() {
    Map<String, JsonPlurals.Group> byForm = new HashMap<>();
    for (JsonPlurals.Group group : JsonPlurals.find(root)) {
      plurals.put(group.key(), group);
      group
          .members()
          .values()
          .forEach(
              member -> byForm.put(JsonTree.pointer(group.container().pointer, member), group));
    }
    Set<String> done = new HashSet<>();
    for (String key : leaves.keySet()) {
      JsonPlurals.Group group = byForm.get(key);
      if (group == null) {
        entries.add(
            new Entry(key, new Message.Text(texts.get(key), dialect), null, lines.get(key)));
      } else if (done.add(group.key())) {
        Map<String, String> branches = new LinkedHashMap<>();
        group
            .members()
            .forEach(
                (category, member) ->
                    branches.put(
                        KeyedPlurals.selector(category, language, group.kind()),
                        texts.get(JsonTree.pointer(group.container().pointer, member))));
        entries.add(
            new Entry(
                group.key(),
                new Message.Plural(group.kind(), branches, dialect),
                null,
                lines.get(key)));
      }
    }
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
        String value = JsonStrings.checked(parser, file.path());
        int valueEnd = (int) parser.currentLocation().getCharOffset();
        member = new JsonTree.Member(name, nameStart, valueStart, valueEnd, true, null);
        leaves.remove(childPointer); // a repeated member: the last counts, in its place
        leaves.put(childPointer, member);
        texts.put(childPointer, value);
        lines.put(childPointer, line);
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
