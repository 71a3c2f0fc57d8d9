package dev.tolk.format.xcstrings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.core.message.Dialect;
import dev.tolk.core.message.Message;
import dev.tolk.core.message.PluralKind;
import dev.tolk.format.FormatException;
import dev.tolk.format.KeyedPlurals;
import dev.tolk.format.LocalizationDocument;
import dev.tolk.format.ReviewState;
import dev.tolk.format.TextFile;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A String Catalog, seen one language at a time: a string's text is its {@code stringUnit} value
 * (the key itself for the source language when it has none), plurals are {@code variations.plural}
 * as an ICU message, the {@code comment} is its note, {@code shouldTranslate: false} is left alone,
 * and a unit in state {@code new} counts as missing. Written back in Xcode's own JSON style.
 */
public final class StringCatalog implements LocalizationDocument<StringCatalog> {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final TextFile file;
  private final ObjectNode root;
  private final String sourceLanguage;
  private final String language; // the language this view reads and writes

  private StringCatalog(TextFile file, ObjectNode root, String language) {
    this.file = file;
    this.root = root;
    this.sourceLanguage = root.path("sourceLanguage").asText("en");
    this.language = language == null ? sourceLanguage : language;
  }

  static StringCatalog parse(TextFile file) {
    try {
      JsonNode node = JSON.readTree(file.text());
      if (!(node instanceof ObjectNode object) || !object.path("strings").isObject()) {
        throw new FormatException(file.path(), 1, 1, "expected a String Catalog with \"strings\"");
      }
      return new StringCatalog(file, object, null);
    } catch (JsonProcessingException e) {
      var location = e.getLocation();
      throw new FormatException(
          file.path(),
          location == null ? 0 : location.getLineNr(),
          location == null ? 0 : location.getColumnNr(),
          e.getOriginalMessage());
    }
  }

  /** The catalog as seen in one language; seen as a whole, it is its source language. */
  @Override
  public StringCatalog forLanguage(String language) {
    return new StringCatalog(file, root, language);
  }

  private byte[] render(ObjectNode written) {
    try {
      String text = JSON.writer(new XcodeJsonStyle()).writeValueAsString(written);
      return file.encode(text + (file.text().endsWith("\n") ? file.newline() : ""));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Catalog catalog() {
    List<Entry> entries = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> strings = root.get("strings").fields();
    while (strings.hasNext()) {
      var string = strings.next();
      JsonNode body = string.getValue();
      if (string.getKey().isBlank() || !body.path("shouldTranslate").asBoolean(true)) {
        continue;
      }
      JsonNode localization = body.path("localizations").path(language);
      Message message = message(localization, body);
      if (message == null && language.equals(sourceLanguage) && localization.isMissingNode()) {
        message = new Message.Text(string.getKey(), Dialect.PRINTF);
      }
      if (message != null && !message.isBlank()) {
        entries.add(
            new Entry(
                string.getKey(),
                message,
                body.path("comment").isTextual() ? body.get("comment").asText() : null,
                0));
      }
    }
    return new Catalog(entries);
  }

  private Message message(JsonNode localization, JsonNode body) {
    JsonNode unit = localization.path("stringUnit");
    if (unit.isObject()) {
      if (untranslated(unit, body, null)) {
        return null;
      }
      String value = unit.path("value").asText(null);
      if (value == null) {
        return null;
      }
      Message substituted =
          Substitutions.plural(value, localization.path("substitutions"), language);
      return substituted != null ? substituted : new Message.Text(value, Dialect.PRINTF);
    }
    JsonNode plural = localization.path("variations").path("plural");
    if (!plural.isObject()) {
      return null;
    }
    Map<String, String> branches = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> forms = plural.fields();
    while (forms.hasNext()) {
      var form = forms.next();
      JsonNode formUnit = form.getValue().path("stringUnit");
      if (untranslated(formUnit, body, form.getKey())) {
        return null;
      }
      branches.put(
          KeyedPlurals.selector(form.getKey(), language, PluralKind.CARDINAL),
          formUnit.path("value").asText(""));
    }
    return Message.Plural.of(branches, Dialect.PRINTF);
  }

  /**
   * A unit still to be translated: state "new", or "needs_review" holding the source's own text
   * (Xcode's placeholder copy when a language is added).
   */
  private boolean untranslated(JsonNode unit, JsonNode body, String form) {
    if (language.equals(sourceLanguage)) {
      return false;
    }
    String state = unit.path("state").asText();
    if (state.equals("new")) {
      return true;
    }
    if (!state.equals("needs_review")) {
      return false;
    }
    JsonNode source = body.path("localizations").path(sourceLanguage);
    JsonNode sourceUnit =
        form == null
            ? source.path("stringUnit")
            : source.path("variations").path("plural").path(form).path("stringUnit");
    String value = unit.path("value").asText("");
    return value.equals(sourceUnit.path("value").asText(null))
        || (sourceUnit.isMissingNode() && value.equals(keyOf(body)));
  }

  private String keyOf(JsonNode body) {
    Iterator<Map.Entry<String, JsonNode>> strings = root.get("strings").fields();
    while (strings.hasNext()) {
      var string = strings.next();
      if (string.getValue() == body) {
        return string.getKey();
      }
    }
    return null;
  }

  /** Sets this view's language in a copy of the catalog; other languages stay as they are. */
  @Override
  public byte[] update(Map<String, Message> values, Set<String> removals, StringCatalog source) {
    ObjectNode written = root.deepCopy();
    ObjectNode strings = (ObjectNode) written.get("strings");
    values.forEach(
        (key, value) -> {
          if (!(strings.get(key) instanceof ObjectNode body)) {
            return;
          }
          ObjectNode localizations =
              body.get("localizations") instanceof ObjectNode existing
                  ? existing
                  : body.putObject("localizations");
          ObjectNode localization = JSON.createObjectNode();
          if (value instanceof Message.Plural plural) {
            ObjectNode forms = localization.putObject("variations").putObject("plural");
            new TreeMap<>(KeyedPlurals.keys(plural.branches(), language, plural.kind()))
                .forEach((category, text) -> unit(forms.putObject(category), text));
          } else {
            unit(localization, value.canonical());
          }
          localizations.set(language, localization);
          sortKeys(localizations);
          sortKeys(body);
        });
    return render(written);
  }

  @Override
  public byte[] translateInto(Map<String, Message> values, String language) {
    return update(values, Set.of(), this);
  }

  /** What a value reads back as: plural forms under category keys. */
  @Override
  public Message normalized(String key, Message value) {
    if (value instanceof Message.Plural plural) {
      return plural.withBranches(
          KeyedPlurals.normalized(plural.branches(), language, plural.kind()));
    }
    return value;
  }

  /**
   * A translation waiting for review is {@code needs_review}; a reviewed one {@code translated}.
   */
  @Override
  public byte[] marked(Map<String, ReviewState> states) {
    ObjectNode written = root.deepCopy();
    JsonNode strings = written.path("strings");
    states.forEach(
        (key, state) -> {
          JsonNode body = strings.path(key);
          String source =
              body.path("localizations")
                  .path(sourceLanguage)
                  .path("stringUnit")
                  .path("value")
                  .asText(keyOf(body));
          for (JsonNode unit : body.path("localizations").path(language).findParents("state")) {
            if (unit instanceof ObjectNode object && unit.has("value")) {
              // needs_review holding the source's own text is Xcode's placeholder copy:
              // untranslated
              boolean waits =
                  state == ReviewState.NEEDS_REVIEW && !unit.path("value").asText().equals(source);
              object.put("state", waits ? "needs_review" : "translated");
            }
          }
        });
    return render(written);
  }

  private static void unit(ObjectNode holder, String value) {
    ObjectNode unit = holder.putObject("stringUnit");
    unit.put("state", "translated");
    unit.put("value", value);
  }

  /** Xcode keeps keys sorted; a new language or a new localizations object must fall in place. */
  private static void sortKeys(ObjectNode node) {
    Map<String, JsonNode> sorted = new TreeMap<>();
    node.fields().forEachRemaining(field -> sorted.put(field.getKey(), field.getValue()));
    node.removeAll();
    sorted.forEach(node::set);
  }
}
