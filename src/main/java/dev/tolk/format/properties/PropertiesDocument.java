package dev.tolk.format.properties;

import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.core.message.Message;
import dev.tolk.format.FormatException;
import dev.tolk.format.LocalizationDocument;
import dev.tolk.format.TextEdit;
import dev.tolk.format.TextFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A properties file read with the rules of {@code java.util.Properties.load}, keeping each entry's
 * offsets so that a write replaces only the values it changes. Comments, blank lines, order,
 * continuation lines and escapes of everything else stay byte for byte. Like Java's
 * PropertyResourceBundle, a file that is not valid UTF-8 is read (and written) as ISO-8859-1.
 */
final class PropertiesDocument implements LocalizationDocument {
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
      Map<String, Message> values, java.util.Set<String> removals, LocalizationDocument source) {
    PropertiesDocument sourceDocument = (PropertiesDocument) source;
    String text = file.text();
    String nl = file.newline();
    List<TextEdit> edits = new ArrayList<>();
    Map<Integer, List<String>> inserts = new LinkedHashMap<>();
    PropertiesEntry anchor = null;
    for (PropertiesEntry sourceEntry : sourceDocument.entries) {
      String value = text(values, sourceEntry.key());
      PropertiesEntry existing = byKey.get(sourceEntry.key());
      if (existing != null) {
        if (value != null && !value.equals(existing.value())) {
          edits.add(
              new TextEdit(
                  existing.valueStart(),
                  existing.end(),
                  PropertiesEscaping.escapeValue(value, maxRaw())));
        }
        if (!removals.contains(existing.key())) {
          anchor = existing;
        }
      } else if (value != null) {
        // after the entry that precedes it in the source, else before the first entry, else at the
        // end
        int at = anchor != null ? anchor.end() : entries.isEmpty() ? -1 : -2;
        inserts.computeIfAbsent(at, a -> new ArrayList<>()).add(line(sourceEntry.key(), value));
      }
    }
    for (String key : removals) {
      PropertiesEntry entry = byKey.get(key);
      if (entry != null && !values.containsKey(key)) {
        edits.add(new TextEdit(entry.start(), entry.next(), ""));
      }
    }
    for (var insert : inserts.entrySet()) {
      String lines = String.join(nl, insert.getValue());
      int at = insert.getKey();
      if (at == -1) {
        String prefix = text.isEmpty() || text.endsWith("\n") ? "" : nl;
        edits.add(new TextEdit(text.length(), text.length(), prefix + lines + nl));
      } else if (at == -2) {
        int first = entries.get(0).start();
        edits.add(new TextEdit(first, first, lines + nl));
      } else {
        edits.add(new TextEdit(at, at, nl + lines));
      }
    }
    return file.encode(TextEdit.apply(text, edits));
  }

  private static String text(Map<String, Message> values, String key) {
    Message value = values.get(key);
    return value == null ? null : value.canonical();
  }

  @Override
  public byte[] translateInto(Map<String, Message> values, String language) {
    List<TextEdit> edits = new ArrayList<>();
    for (PropertiesEntry entry : entries) {
      String value = text(values, entry.key());
      edits.add(
          value != null
              ? new TextEdit(
                  entry.valueStart(), entry.end(), PropertiesEscaping.escapeValue(value, maxRaw()))
              : new TextEdit(entry.start(), entry.next(), ""));
    }
    return file.encode(TextEdit.apply(file.text(), edits));
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
