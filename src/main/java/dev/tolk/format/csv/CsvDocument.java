package dev.tolk.format.csv;

import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.core.message.Message;
import dev.tolk.format.Locales;
import dev.tolk.format.LocalizationDocument;
import dev.tolk.format.TextEdit;
import dev.tolk.format.TextFile;
import java.util.ArrayList;
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
final class CsvDocument implements LocalizationDocument {
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*");

  private final TextFile file;
  private final String text;
  private final List<CsvTable.Row> rows;
  private final List<String> languages; // null for key/text files

  private CsvDocument(TextFile file, List<CsvTable.Row> rows, List<String> languages) {
    this.file = file;
    this.text = file.text();
    this.rows = rows;
    this.languages = languages;
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
    return new CsvDocument(file, rows, languages);
  }

  @Override
  public LocalizationDocument forLanguage(String language) {
    return languages == null ? null : new LanguageColumn(language);
  }

  /** Key/text files: the second column. */
  @Override
  public Catalog catalog() {
    return catalogOf(1);
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
  public byte[] update(
      Map<String, Message> messages, Set<String> removals, LocalizationDocument source) {
    Map<String, String> values = texts(messages);
    List<TextEdit> edits = new ArrayList<>();
    setColumn(1, values, edits);
    CsvDocument from = (CsvDocument) source;
    Set<String> present = catalogOf(1).asMap().keySet();
    StringBuilder added = new StringBuilder();
    for (Entry entry : from.catalog().entries()) {
      String value = values.get(entry.key());
      if (value != null
          && !present.contains(entry.key())
          && keys().stream().noneMatch(entry.key()::equals)) {
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
        edits.add(new TextEdit(row.start(), lineEnd(row.end()), ""));
      }
    }
    appendRows(added, edits);
    return file.encode(TextEdit.apply(text, edits));
  }

  private static Map<String, String> texts(Map<String, Message> messages) {
    Map<String, String> texts = new LinkedHashMap<>();
    messages.forEach((key, message) -> texts.put(key, message.canonical()));
    return texts;
  }

  @Override
  public byte[] translateInto(Map<String, Message> messages, String language) {
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

  private void setColumn(int column, Map<String, String> values, List<TextEdit> edits) {
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
          edits.add(
              new TextEdit(field.start(), field.end(), CsvTable.write(value, field.quoted())));
        }
      } else {
        String padding = ",".repeat(column - row.fields().size());
        edits.add(new TextEdit(row.end(), row.end(), padding + "," + CsvTable.write(value, false)));
      }
    }
  }

  private void appendRows(StringBuilder added, List<TextEdit> edits) {
    if (added.length() == 0) {
      return;
    }
    String rowsText = added.toString();
    if (text.isEmpty() || text.endsWith("\n")) {
      rowsText = rowsText.substring(file.newline().length()) + file.newline();
    }
    edits.add(new TextEdit(text.length(), text.length(), rowsText));
  }

  private List<String> keys() {
    return rows.stream().map(row -> row.fields().get(0).value()).toList();
  }

  private int lineEnd(int offset) {
    int newline = text.indexOf('\n', offset);
    return newline < 0 ? text.length() : newline + 1;
  }

  /** One language's column of a file that holds every language. */
  private final class LanguageColumn implements LocalizationDocument {
    private final String language;

    LanguageColumn(String language) {
      this.language = language;
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

    @Override
    public Catalog catalog() {
      return column() < 0 ? new Catalog(List.of()) : catalogOf(column());
    }

    @Override
    public byte[] update(
        Map<String, Message> messages, Set<String> removals, LocalizationDocument source) {
      Map<String, String> values = texts(messages);
      List<TextEdit> edits = new ArrayList<>();
      int column = column();
      if (column < 0) {
        CsvTable.Row header = rows.get(0);
        column = header.fields().size();
        edits.add(new TextEdit(header.end(), header.end(), "," + header()));
        for (int r = 1; r < rows.size(); r++) {
          CsvTable.Row row = rows.get(r);
          if (!values.containsKey(row.fields().get(0).value())) {
            edits.add(
                new TextEdit(row.end(), row.end(), ",".repeat(column + 1 - row.fields().size())));
          }
        }
      }
      setColumn(column, values, edits);
      return file.encode(TextEdit.apply(text, edits));
    }

    @Override
    public byte[] translateInto(Map<String, Message> values, String language) {
      return update(values, Set.of(), this);
    }
  }
}
