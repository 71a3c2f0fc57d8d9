package dev.tolk.format.json;

import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.format.LocalizationDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ARB file: the messages of a JSON document, with metadata as notes and the locale kept right.
 */
final class ArbDocument implements LocalizationDocument {
  private static final String LOCALE = "/@@locale";

  private final JsonDocument json;

  ArbDocument(JsonDocument json) {
    this.json = json;
  }

  @Override
  public Catalog catalog() {
    Map<String, String> descriptions = new LinkedHashMap<>();
    for (Entry entry : json.catalog().entries()) {
      if (entry.key().startsWith("/@") && entry.key().endsWith("/description")) {
        descriptions.put(
            "/" + entry.key().substring(2, entry.key().length() - "/description".length()),
            entry.text());
      }
    }
    List<Entry> messages = new ArrayList<>();
    for (Entry entry : json.catalog().entries()) {
      if (!entry.key().startsWith("/@")) {
        messages.add(
            new Entry(entry.key(), entry.text(), descriptions.get(entry.key()), entry.line()));
      }
    }
    return new Catalog(messages);
  }

  @Override
  public byte[] update(
      Map<String, String> values, Set<String> removals, LocalizationDocument source) {
    return json.update(values, removals, ((ArbDocument) source).json);
  }

  @Override
  public byte[] translateInto(Map<String, String> values) {
    return json.translateInto(values);
  }

  /** A new ARB file starts with {@code "@@locale": "<language>"}, then the messages. */
  @Override
  public byte[] translateInto(Map<String, String> values, String language) {
    Map<String, String> withLocale = new LinkedHashMap<>();
    if (json.catalog().contains(LOCALE)) {
      withLocale.put(LOCALE, language);
    }
    withLocale.putAll(values);
    return json.translateInto(withLocale);
  }
}
