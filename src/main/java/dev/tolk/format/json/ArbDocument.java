package dev.tolk.format.json;

import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.core.message.Message;
import dev.tolk.format.Locales;
import dev.tolk.format.LocalizationDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ARB file: the messages of a JSON document, with metadata as notes and the locale kept right.
 */
public final class ArbDocument implements LocalizationDocument<ArbDocument> {
  private static final String LOCALE = "/@@locale";

  private final JsonDocument json;

  ArbDocument(JsonDocument json) {
    this.json = json;
  }

  @Override
  public Catalog catalog() {
    Map<String, String> descriptions = new LinkedHashMap<>();
    json.strings()
        .forEach(
            (key, text) -> {
              if (key.startsWith("/@") && key.endsWith("/description")) {
                descriptions.put(
                    "/" + key.substring(2, key.length() - "/description".length()), text);
              }
            });
    List<Entry> messages = new ArrayList<>();
    for (Entry entry : json.catalog().entries()) {
      if (!entry.key().startsWith("/@")) {
        messages.add(
            new Entry(entry.key(), entry.message(), descriptions.get(entry.key()), entry.line()));
      }
    }
    return new Catalog(messages);
  }

  @Override
  public byte[] update(Map<String, Message> values, Set<String> removals, ArbDocument source) {
    return json.update(values, removals, source.json);
  }

  /** A new ARB file starts with {@code "@@locale": "<language>"}, then the messages. */
  @Override
  public byte[] translateInto(Map<String, Message> values, String language) {
    Map<String, Message> withLocale = new LinkedHashMap<>();
    withLocale.put(LOCALE, Message.text(Locales.underscored(language)));
    withLocale.putAll(values);
    return json.translateInto(withLocale, language);
  }
}
