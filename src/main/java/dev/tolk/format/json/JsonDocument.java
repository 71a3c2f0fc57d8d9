package dev.tolk.format.json;

import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.core.message.Dialect;
import dev.tolk.core.message.Message;
import dev.tolk.format.EditPlan;
import dev.tolk.format.FormatException;
import dev.tolk.format.KeyedPlurals;
import dev.tolk.format.LocalizationDocument;
import dev.tolk.format.TextFile;
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
  private final TextFile file;
  private final String text;
  private final JsonStyle style;
  private final String language;
  private final Dialect dialect;
  private final JsonTree.Container root;
  private final Map<String, JsonReader.StringValue> leaves;
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
    JsonReader.Read read = JsonReader.read(file.path(), text, strict);
    this.root = read.root();
    this.leaves = read.strings();
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
    leaves.forEach((key, value) -> strings.put(key, value.text()));
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
    Map<String, String> strings = strings(values, source, removed);
    removed.removeAll(strings.keySet());
    EditPlan plan = new EditPlan(text);
    Map<String, String> missing = new LinkedHashMap<>();
    for (var entry : strings.entrySet()) {
      JsonReader.StringValue existing = leaves.get(entry.getKey());
      if (existing != null && entry.getValue().equals(existing.text())) {
        continue; // unchanged: keep its bytes, escapes included
      }
      if (existing != null) {
        JsonTree.Member member = existing.member();
        plan.replace(member.valueStart(), member.valueEnd(), JsonStrings.quote(entry.getValue()));
      } else {
        missing.put(entry.getKey(), entry.getValue());
      }
    }
    JsonSourceOrder order = new JsonSourceOrder(source.root, source.plurals);
    new JsonInsertions(root, source.root, style, removed, order::names)
        .plan(order.inOrder(missing), plan);
    for (String key : removed) {
      JsonReader.StringValue value = leaves.get(key);
      if (value != null) {
        removal(value.member(), plan);
      }
    }
    return file.encode(plan.apply());
  }

  @Override
  public byte[] translateInto(Map<String, Message> values, String language) {
    String empty = "{}" + (style.finalNewline() ? file.newline() : "");
    JsonDocument target = new JsonDocument(file, empty, style, strict, language, dialect);
    return target.update(values, Set.of(), this);
  }

  /** Removes a member with the comma that separates it from its neighbour. */
  private void removal(JsonTree.Member member, EditPlan plan) {
    JsonTree.Container container = root.holderOf(member);
    int index = container.members.indexOf(member);
    if (container.members.size() == 1) {
      plan.replace(container.open + 1, container.close, "");
    } else if (index < container.members.size() - 1) {
      plan.replace(member.nameStart(), container.members.get(index + 1).nameStart(), "");
    } else {
      plan.replace(container.members.get(index - 1).valueEnd(), member.valueEnd(), "");
    }
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
    for (var leaf : leaves.entrySet()) {
      String key = leaf.getKey();
      JsonReader.StringValue value = leaf.getValue();
      JsonPlurals.Group group = byForm.get(key);
      if (group == null) {
        entries.add(new Entry(key, new Message.Text(value.text(), dialect), null, value.line()));
      } else if (done.add(group.key())) {
        Map<String, String> branches = new LinkedHashMap<>();
        group
            .members()
            .forEach(
                (category, member) ->
                    branches.put(
                        KeyedPlurals.selector(category, language, group.kind()),
                        leaves.get(JsonTree.pointer(group.container().pointer, member)).text()));
        entries.add(
            new Entry(
                group.key(),
                new Message.Plural(group.kind(), branches, dialect),
                null,
                value.line()));
      }
    }
  }
}
