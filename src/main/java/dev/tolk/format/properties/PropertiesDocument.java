package dev.tolk.format.properties;

import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.core.message.Message;
import dev.tolk.format.EditPlan;
import dev.tolk.format.FormatException;
import dev.tolk.format.LocalizationDocument;
import dev.tolk.format.TextFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A properties file read with the rules of {@code java.util.Properties.load}, keeping each entry's
 * offsets so that a write replaces only the values it changes. Comments, blank lines, order,
 * continuation lines and escapes of everything else stay byte for byte. Like Java's
 * PropertyResourceBundle, a file that is not valid UTF-8 is read (and written) as ISO-8859-1.
 */
public final class PropertiesDocument implements LocalizationDocument<PropertiesDocument> {
  private final TextFile file;
  private final List<PropertiesEntry> entries = new ArrayList<>();
  private final Map<String, PropertiesEntry> byKey = new LinkedHashMap<>();
  private String separator = "=";
  private int maxRaw = -1;

  private PropertiesDocument(TextFile file) {
    this.file = file;
  }

  static PropertiesDocument parse(String path, byte[] bytes) {
    TextFile file;
    try {
      file = TextFile.decode(path, bytes);
    } catch (FormatException notUtf8) {
      file = TextFile.latin1(path, bytes);
    }
    PropertiesDocument document = new PropertiesDocument(file);
    new PropertiesReader(file, document::add).read();
    return document;
  }

  private void add(PropertiesEntry entry, String rawSeparator) {
    PropertiesEntry first = byKey.get(entry.key());
    if (first != null) {
      throw new FormatException(
          file.path(),
          entry.line(),
          1,
          "duplicate key '" + entry.key() + "' (first on line " + first.line() + ")");
    }
    if (entries.isEmpty()) {
      separator = rawSeparator.isEmpty() ? "=" : rawSeparator;
    }
    entries.add(entry);
    byKey.put(entry.key(), entry);
  }

  @Override
  public Catalog catalog() {
    List<Entry> result = new ArrayList<>();
    for (PropertiesEntry entry : entries) {
      result.add(new Entry(entry.key(), Message.text(entry.value()), entry.note(), entry.line()));
    }
    return new Catalog(result);
  }

  @Override
  public byte[] update(
      Map<String, Message> values, Set<String> removals, PropertiesDocument source) {
    String text = file.text();
    String nl = file.newline();
    EditPlan plan = new EditPlan(text);
    PropertiesEntry anchor = null;
    for (PropertiesEntry sourceEntry : source.entries) {
      String value = text(values, sourceEntry.key());
      PropertiesEntry existing = byKey.get(sourceEntry.key());
      if (existing != null) {
        if (value != null && !value.equals(existing.value())) {
          plan.replace(
              existing.valueStart(),
              existing.end(),
              PropertiesEscaping.escapeValue(value, maxRaw()));
        }
        if (!removals.contains(existing.key())) {
          anchor = existing;
        }
      } else if (value != null) {
        insert(plan, anchor, line(sourceEntry.key(), value), nl);
      }
    }
    for (String key : removals) {
      PropertiesEntry entry = byKey.get(key);
      if (entry != null && !values.containsKey(key)) {
        plan.replace(entry.start(), entry.next(), "");
      }
    }
    return file.encode(plan.apply());
  }

  /**
   * A new line after the entry that precedes it in the source, else before the first entry, else at
   * the end of a file without entries.
   */
  private void insert(EditPlan plan, PropertiesEntry anchor, String line, String nl) {
    String text = file.text();
    if (anchor != null) {
      plan.insert(anchor.end(), nl + line);
    } else if (!entries.isEmpty()) {
      plan.insert(entries.get(0).start(), line + nl);
    } else {
      boolean first = !plan.insertsAt(text.length());
      String prefix = first && !text.isEmpty() && !text.endsWith("\n") ? nl : "";
      plan.insert(text.length(), prefix + line + nl);
    }
  }

  private static String text(Map<String, Message> values, String key) {
    Message value = values.get(key);
    return value == null ? null : value.canonical();
  }

  @Override
  public byte[] translateInto(Map<String, Message> values, String language) {
    EditPlan plan = new EditPlan(file.text());
    for (PropertiesEntry entry : entries) {
      String value = text(values, entry.key());
      if (value != null) {
        plan.replace(
            entry.valueStart(), entry.end(), PropertiesEscaping.escapeValue(value, maxRaw()));
      } else {
        plan.replace(entry.start(), entry.next(), "");
      }
    }
    return file.encode(plan.apply());
  }

  private String line(String key, String value) {
    return PropertiesEscaping.escapeKey(key, maxRaw())
        + separator
        + PropertiesEscaping.escapeValue(value, maxRaw());
  }

  /** The highest character written as is: others become unicode escapes. */
  private int maxRaw() {
    if (maxRaw < 0) {
      maxRaw =
          file.charset().equals(StandardCharsets.ISO_8859_1)
              ? 0xFF
              : file.text().chars().allMatch(c -> c < 0x80) ? 0x7F : 0xFFFF;
    }
    return maxRaw;
  }
}
