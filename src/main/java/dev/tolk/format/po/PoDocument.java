package dev.tolk.format.po;

import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.core.message.Dialect;
import dev.tolk.core.message.Message;
import dev.tolk.format.EditPlan;
import dev.tolk.format.Lines;
import dev.tolk.format.Locales;
import dev.tolk.format.LocalizationDocument;
import dev.tolk.format.ReviewState;
import dev.tolk.format.TextFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A PO file or POT template. A template's texts are its msgids; a PO file's texts are its
 * translated msgstrs (fuzzy and empty ones count as missing; obsolete {@code #~} entries are never
 * touched). Writing replaces msgstr lines (clearing the fuzzy flag), inserts missing entries as the
 * template has them, and keeps every other byte.
 */
public final class PoDocument implements LocalizationDocument<PoDocument> {
  private final TextFile file;
  private final boolean template;
  private final List<PoEntry> entries;
  private final Map<String, PoEntry> byKey;
  private final PoEntry header;
  private final Map<String, String> headers;
  private final PluralForms forms;
  private final String fallbackLanguage;

  private PoDocument(TextFile file, List<PoEntry> entries, String language) {
    this(file, entries, language, file.path().toLowerCase().endsWith(".pot"));
  }

  private PoDocument(TextFile file, List<PoEntry> entries, String language, boolean template) {
    PoIndex index = PoIndex.of(file.path(), entries);
    this.file = file;
    this.fallbackLanguage = language;
    this.template = template;
    this.entries = entries;
    this.byKey = index.byKey();
    this.header = index.header();
    this.headers = index.headers();
    this.forms = index.forms();
  }

  static PoDocument parse(TextFile file, String language) {
    return new PoDocument(file, PoReader.read(file), language);
  }

  /** As a source, a PO file with only empty msgstrs is a template (Django's en/django.po). */
  @Override
  public PoDocument asSource() {
    boolean filled =
        byKey.values().stream().anyMatch(e -> e != header && (e.translated() || e.provisional()));
    return template || filled ? this : new PoDocument(file, entries, fallbackLanguage, true);
  }

  @Override
  public Catalog catalog() {
    List<Entry> result = new ArrayList<>();
    for (PoEntry entry : byKey.values()) {
      Dialect dialect = PoFlags.dialect(entry.flags);
      Message message;
      if (template) {
        message =
            entry.idPlural == null
                ? new Message.Text(entry.id, dialect)
                : PoPlurals.ofTemplate(entry.id, entry.idPlural, dialect);
      } else if (!entry.translated() && !entry.provisional()) {
        continue;
      } else if (entry.idPlural == null) {
        message = new Message.Text(entry.strings.get(0), dialect);
      } else {
        PluralForms own = ownForms();
        message =
            own == null
                ? new Message.Text(entry.strings.get(entry.strings.size() - 1), dialect)
                : PoPlurals.fromForms(entry.strings, own, language(), dialect);
      }
      result.add(
          new Entry(
              entry.key(),
              message,
              note(entry),
              entry.line,
              null,
              !template && !entry.translated()));
    }
    return new Catalog(result);
  }

  /** The file's language (BCP 47): its Language header, else the language it was read as. */
  private String language() {
    String header = headers.get("Language");
    String language = header == null || header.isBlank() ? fallbackLanguage : header;
    return language == null || language.isBlank() ? "en" : language.replace('_', '-');
  }

  /** The file's Plural-Forms, else its language's standard ones. */
  private PluralForms ownForms() {
    return forms != null ? forms : PluralForms.standard(language());
  }

  /**
   * A plural reads back through this file's Plural-Forms: one text per form, in CLDR categories.
   */
  @Override
  public Message normalized(String key, Message value) {
    PoEntry entry = byKey.get(key);
    PluralForms own = ownForms();
    if (entry == null
        || entry.idPlural == null
        || own == null
        || !(value instanceof Message.Plural plural)) {
      return value;
    }
    List<String> strings = PoPlurals.toForms(plural, own, language());
    return strings == null ? value : PoPlurals.fromForms(strings, own, language(), value.dialect());
  }

  private static String note(PoEntry entry) {
    List<String> parts = new ArrayList<>();
    if (entry.context != null) {
      parts.add("context: " + entry.context);
    }
    parts.addAll(entry.comments);
    return parts.isEmpty() ? null : String.join("\n", parts);
  }

  @Override
  public byte[] update(Map<String, Message> values, Set<String> removals, PoDocument source) {
    String language = language();
    PluralForms own = ownForms();
    String nl = file.newline();
    EditPlan plan = new EditPlan(file.text());
    PoEntry anchor = null;
    for (PoEntry sourceEntry : source.byKey.values()) {
      Message value = values.get(sourceEntry.key());
      PoEntry existing = byKey.get(sourceEntry.key());
      String strings = value == null ? null : strings(sourceEntry, value, own, language);
      if (existing != null && strings != null) {
        plan.replace(
            existing.stringsStart,
            Lines.withoutTerminator(file.text(), existing.stringsEnd),
            strings);
        PoFuzzy.remove(existing, plan, file);
      } else if (existing == null && strings != null) {
        String block =
            source
                    .file
                    .text()
                    .substring(sourceEntry.start, sourceEntry.stringsStart)
                    .replace("\r\n", "\n")
                    .replace("\n", nl)
                + strings
                + nl;
        insert(plan, anchor, block, nl);
      }
      if (existing != null && !removals.contains(existing.key())) {
        anchor = existing;
      }
    }
    for (String key : removals) {
      PoEntry entry = byKey.get(key);
      if (entry != null && !values.containsKey(key)) {
        plan.replace(entry.start, afterBlankLine(entry.end), "");
      }
    }
    return file.encode(plan.apply());
  }

  /**
   * A new entry, a blank line from its neighbours: after the entry that precedes it in the
   * template, else before the first entry, else at the end.
   */
  private void insert(EditPlan plan, PoEntry anchor, String block, String nl) {
    String text = file.text();
    PoEntry first = firstEntry();
    if (anchor == null && first != null) {
      plan.insert(first.start, block + nl);
      return;
    }
    int at = anchor != null ? anchor.end : text.length();
    boolean unterminated = at == text.length() && at > 0 && text.charAt(at - 1) != '\n';
    plan.insert(at, (unterminated && !plan.insertsAt(at) ? nl : "") + nl + block);
  }

  /** A new PO file from this template: the header names the language and its plural forms. */
  @Override
  public byte[] translateInto(Map<String, Message> values, String language) {
    PluralForms target = PluralForms.standard(language);
    String nl = file.newline();
    EditPlan plan = new EditPlan(file.text());
    if (header != null) {
      Map<String, String> fields = new LinkedHashMap<>(headers);
      fields.put("Language", Locales.underscored(language));
      fields.put("Content-Type", "text/plain; charset=UTF-8");
      if (target != null) {
        fields.put("Plural-Forms", target.header());
      }
      StringBuilder value = new StringBuilder();
      fields.forEach((name, field) -> value.append(name).append(": ").append(field).append('\n'));
      plan.replace(
          header.stringsStart,
          Lines.withoutTerminator(file.text(), header.stringsEnd),
          PoStrings.field("msgstr", value.toString(), nl));
      PoFuzzy.remove(header, plan, file);
    }
    for (PoEntry entry : byKey.values()) {
      Message value = values.get(entry.key());
      String strings = value == null ? null : strings(entry, value, target, language);
      if (strings == null && entry.idPlural != null && target != null) {
        strings =
            PoStrings.msgstrs(
                Collections.nCopies(target.count(), ""),
                nl); // untranslated, with the target's number of forms
      }
      if (strings != null) {
        plan.replace(
            entry.stringsStart, Lines.withoutTerminator(file.text(), entry.stringsEnd), strings);
      }
    }
    return file.encode(plan.apply());
  }

  private PoEntry firstEntry() {
    return byKey.isEmpty() ? null : byKey.values().iterator().next();
  }

  /** The msgstr lines for a value, or null when a plural value cannot be mapped to forms. */
  private String strings(PoEntry entry, Message value, PluralForms target, String language) {
    String nl = file.newline();
    if (entry.idPlural == null) {
      return value instanceof Message.Text text ? PoStrings.field("msgstr", text.text(), nl) : null;
    }
    if (target == null || !(value instanceof Message.Plural plural)) {
      return null;
    }
    List<String> forms = PoPlurals.toForms(plural, target, language);
    if (forms == null) {
      return null;
    }
    return PoStrings.msgstrs(forms, nl);
  }

  /** A translation waiting for review is {@code #, fuzzy}; a reviewed one is not. */
  @Override
  public byte[] marked(Map<String, ReviewState> states) {
    return file.encode(PoFuzzy.mark(byKey, header, file, states));
  }

  private int afterBlankLine(int end) {
    String text = file.text();
    if (end < text.length() && text.charAt(end) == '\n') {
      return end + 1;
    }
    if (end + 1 < text.length() && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n') {
      return end + 2;
    }
    return end;
  }
}
