package dev.tolk.format.csv;

import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.core.message.Message;
import dev.tolk.format.EditPlan;
import dev.tolk.format.Locales;
import dev.tolk.format.LocalizationDocument;
import dev.tolk.format.TextFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A CSV catalog. With a header row whose columns after the first are language codes ({@code
 * key,en,fr} or Godot's {@code ,en,es}), the file holds every language and is its own target: a
 * language without a column gets one. Without such a header, rows are {@code key,text} pairs of one
 * language. Fields keep their quoting; a repeated key keeps every row, all updated.
 */
public final class CsvDocument implements LocalizationDocument<CsvDocument> {
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*");

  private final TextFile file;
  private final String text;
  private final List<CsvTable.Row> rows;
  private final List<String> languages; // null for key/text files
  private final String language; // the column this view reads and writes, or null

  private CsvDocument(
      TextFile file, List<CsvTable.Row> rows, List<String> languages, String language) {
    this.file = file;
    this.text = file.text();
    this.rows = rows;
    this.languages = languages;
    this.language = language;
  }

  static CsvDocument parse(TextFile file) {
    List<CsvTable.Row> rows = CsvTable.read(file);
    List<String> languages = null;
    if (!rows.isEmpty() && rows.get(0).fields().size() >= 2) {
      List<String> header =
          rows.get(0).fields().subList(1, rows.get(0).fields().size()).stream()
              .map(CsvTable.Field::value)
              .toList();
      if (header.stream().allMatch(cell -> LANGUAGE.matcher(cell).matches())) {
        languages = new ArrayList<>(header);
      }
    }
    return new CsvDocument(file, rows, languages, null);
  }

  /** One language's column of a file that holds every language. */
  @Override
  public CsvDocument forLanguage(String language) {
    return languages == null ? null : new CsvDocument(file, rows, languages, language);
  }

  /** Key/text files: the second column; one language's view: its column. */
  @Override
  public Catalog catalog() {
    if (language == null) {
      return catalogOf(1);
    }
    int column = column();
    return column < 0 ? new Catalog(List.of()) : catalogOf(column);
  }

  private Catalog catalogOf(int column) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (int r = languages == null ? 0 : 1; r < rows.size(); r++) {
      List<CsvTable.Field> fields = rows.get(r).fields();
      if (column > 0 && column < fields.size() && !fields.get(column).value().isEmpty()) {
        entries.put(
            fields.get(0).value(),
            new Entry(
                fields.get(0).value(),
                Message.text(fields.get(column).value()),
                null,
                rows.get(r).line()));
      }
    }
    return new Catalog(new ArrayList<>(entries.values()));
  }

  @Override
  public byte[] update(Map<String, Message> messages, Set<String> removals, CsvDocument source) {
    Map<String, String> values = texts(messages);
    EditPlan plan = new EditPlan(text);
    if (language != null) {
      setColumn(languageColumn(values, plan), values, plan);
      return file.encode(plan.apply());
    }
    setColumn(1, values, plan);
    Set<String> present = new HashSet<>(keys());
    StringBuilder added = new StringBuilder();
    for (Entry entry : source.catalog().entries()) {
      String value = values.get(entry.key());
      if (value != null && !present.contains(entry.key())) {
        added
            .append(file.newline())
            .append(CsvTable.write(entry.key(), true))
            .append(',')
            .append(CsvTable.write(value, true));
      }
    }
    for (CsvTable.Row row : rows) {
      if (removals.contains(row.fields().get(0).value())
          && !values.containsKey(row.fields().get(0).value())) {
        plan.deleteLines(row.start(), row.end());
      }
    }
    appendRows(added, plan);
    return file.encode(plan.apply());
  }

  /** This view's column, added at the end of every row when the file has none for the language. */
  private int languageColumn(Map<String, String> values, EditPlan plan) {
    int column = column();
    if (column >= 0) {
      return column;
    }
    CsvTable.Row header = rows.get(0);
    column = header.fields().size();
    plan.insert(header.end(), "," + header());
    for (int r = 1; r < rows.size(); r++) {
      CsvTable.Row row = rows.get(r);
      if (!values.containsKey(row.fields().get(0).value())) {
        plan.insert(row.end(), ",".repeat(column + 1 - row.fields().size()));
      }
    }
    return column;
  }

  private int column() {
    for (int i = 0; i < languages.size(); i++) {
      if (Locales.same(languages.get(i), language)) {
        return i + 1;
      }
    }
    return -1;
  }

  /** A new column's header: the language spelled as the other columns spell theirs. */
  private String header() {
    return languages.stream().anyMatch(code -> code.contains("_"))
        ? Locales.underscored(language)
        : language;
  }

  private static Map<String, String> texts(Map<String, Message> messages) {
    Map<String, String> texts = new LinkedHashMap<>();
    messages.forEach((key, message) -> texts.put(key, message.canonical()));
    return texts;
  }

  @Override
  public byte[] translateInto(Map<String, Message> messages, String language) {
    if (this.language != null) {
      return update(messages, Set.of(), this);
    }
    Map<String, String> values = texts(messages);
    StringBuilder out = new StringBuilder();
    for (Entry entry : catalog().entries()) {
      String value = values.get(entry.key());
      if (value != null) {
        out.append(CsvTable.write(entry.key(), true))
            .append(',')
            .append(CsvTable.write(value, true))
            .append(file.newline());
      }
    }
    return file.encode(out.toString());
  }

  private void setColumn(int column, Map<String, String> values, EditPlan plan) {
    Map<String, Entry> current = catalogOf(column).asMap();
    for (int r = languages == null ? 0 : 1; r < rows.size(); r++) {
      CsvTable.Row row = rows.get(r);
      String key = row.fields().get(0).value();
      String value = values.get(key);
      if (value == null || (current.containsKey(key) && current.get(key).text().equals(value))) {
        continue; // unchanged: no row of this key is touched, repeated ones included
      }
      if (column < row.fields().size()) {
        CsvTable.Field field = row.fields().get(column);
        if (!value.equals(field.value())) {
          plan.replace(field.start(), field.end(), CsvTable.write(value, field.quoted()));
        }
      } else {
        String padding = ",".repeat(column - row.fields().size());
        plan.insert(row.end(), padding + "," + CsvTable.write(value, false));
      }
    }
  }

  private void appendRows(StringBuilder added, EditPlan plan) {
    if (added.length() == 0) {
      return;
    }
    String rowsText = added.toString();
    if (text.isEmpty() || text.endsWith("\n")) {
      rowsText = rowsText.substring(file.newline().length()) + file.newline();
    }
    plan.insert(text.length(), rowsText);
  }

  private List<String> keys() {
    return rows.stream().map(row -> row.fields().get(0).value()).toList();
  }
}
