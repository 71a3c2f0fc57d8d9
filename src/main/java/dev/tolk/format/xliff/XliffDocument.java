package dev.tolk.format.xliff;

import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.core.message.Message;
import dev.tolk.format.FormatException;
import dev.tolk.format.LocalizationDocument;
import dev.tolk.format.TextEdit;
import dev.tolk.format.TextFile;
import dev.tolk.format.xml.XmlElement;
import dev.tolk.format.xml.XmlText;
import dev.tolk.format.xml.XmlTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An XLIFF 1.2 or 2.0 file. As a source, a unit's text is its {@code <source>} (or its {@code
 * <target>} in files whose target language is the source language, as Symfony writes them); as a
 * target, its {@code <target>}, unless the state says it still needs translating. Inline elements
 * and CDATA stay as they are; units marked {@code translate="no"} are left alone.
 */
final class XliffDocument implements LocalizationDocument {
  private static final Pattern UNTRANSLATED = Pattern.compile("new|needs-translation|initial");

  private final TextFile file;
  private final String text;
  private final XmlElement root;
  private final boolean version2;
  private final String sourceLanguage;
  private final String targetLanguage;
  private final Map<String, XliffUnit> units = new LinkedHashMap<>();

  private XliffDocument(TextFile file, XmlElement root) {
    this.file = file;
    this.text = file.text();
    this.root = root;
    this.version2 =
        "2.0".equals(root.attribute("version")) || root.attributes.containsKey("srcLang");
    XmlElement first = root.child("file");
    this.sourceLanguage =
        version2
            ? root.attribute("srcLang")
            : first == null ? null : first.attribute("source-language");
    this.targetLanguage =
        version2
            ? root.attribute("trgLang")
            : first == null ? null : first.attribute("target-language");
  }

  static XliffDocument parse(TextFile file) {
    XmlElement root = XmlTree.read(file.path(), file.text());
    if (!root.name.equals("xliff")) {
      throw new FormatException(file.path(), root.line, 1, "expected <xliff> as the root element");
    }
    XliffDocument document = new XliffDocument(file, root);
    document.collect(root);
    return document;
  }

  private void collect(XmlElement element) {
    for (XmlElement child : element.children) {
      if (child.name.equals(version2 ? "unit" : "trans-unit")) {
        if (!"no".equals(child.attribute("translate"))) {
          unit(child);
        }
      } else {
        collect(child);
      }
    }
  }

  private void unit(XmlElement element) {
    String id = element.attribute("id");
    if (id == null) {
      throw new FormatException(file.path(), element.line, 1, "a unit without an id");
    }
    List<String> notes = new ArrayList<>();
    collectNotes(element, notes);
    String note = notes.isEmpty() ? null : String.join("\n", notes);
    List<XmlElement> containers = version2 ? element.children("segment") : List.of(element);
    for (int i = 0; i < containers.size(); i++) {
      XmlElement container = containers.get(i);
      XmlElement source = container.child("source");
      if (source == null) {
        continue;
      }
      String key = containers.size() == 1 ? id : id + "#" + (i + 1);
      if (units.put(
              key, new XliffUnit(key, element, container, source, container.child("target"), note))
          != null) {
        throw new FormatException(file.path(), element.line, 1, "duplicate unit id '" + id + "'");
      }
    }
  }

  private void collectNotes(XmlElement element, List<String> notes) {
    for (XmlElement child : element.children) {
      if (child.name.equals("note")) {
        notes.add(content(child).strip());
      } else if (child.name.equals("notes")) {
        collectNotes(child, notes);
      }
    }
  }

  /** Whether this file is read as a source (a template, or source and target in one language). */
  private boolean sourceMode() {
    return targetLanguage == null
        || targetLanguage.isBlank()
        || targetLanguage.equals(sourceLanguage);
  }

  @Override
  public Catalog catalog() {
    List<Entry> entries = new ArrayList<>();
    for (XliffUnit unit : units.values()) {
      String value;
      if (sourceMode()) {
        value =
            unit.target() != null && targetLanguage != null && !content(unit.target()).isBlank()
                ? content(unit.target())
                : content(unit.source());
      } else if (translated(unit)) {
        value = content(unit.target());
      } else {
        continue;
      }
      if (!value.isBlank()) {
        entries.add(new Entry(unit.key(), Message.text(value), unit.note(), unit.source().line));
      }
    }
    return new Catalog(entries);
  }

  private boolean translated(XliffUnit unit) {
    if (unit.target() == null || content(unit.target()).isBlank()) {
      return false;
    }
    String state =
        version2 ? unit.container().attribute("state") : unit.target().attribute("state");
    return state == null || !UNTRANSLATED.matcher(state).matches();
  }

  private String content(XmlElement element) {
    String raw = element.content(text);
    String trimmed = raw.strip();
    if (trimmed.startsWith("<![CDATA[")
        && trimmed.endsWith("]]>")
        && trimmed.indexOf("]]>") == trimmed.length() - 3) {
      return trimmed.substring(9, trimmed.length() - 3);
    }
    return XmlText.decode(raw);
  }

  @Override
  public byte[] update(
      Map<String, Message> values, Set<String> removals, LocalizationDocument source) {
    XliffDocument from = (XliffDocument) source;
    List<TextEdit> edits = new ArrayList<>();
    XmlElement anchor = null;
    Map<Integer, StringBuilder> inserts = new LinkedHashMap<>();
    for (XliffUnit sourceUnit : from.units.values()) {
      String value = text(values, sourceUnit.key());
      XliffUnit existing = units.get(sourceUnit.key());
      if (existing != null) {
        if (value != null) {
          setTarget(existing, value, from.cdata(sourceUnit), edits, text);
        }
        if (!removals.contains(existing.key())) {
          anchor = existing.element();
        }
      } else if (value != null && anchor != null) {
        String copy = from.withTarget(sourceUnit, value);
        String indent = text.substring(text.lastIndexOf('\n', anchor.start - 1) + 1, anchor.start);
        inserts
            .computeIfAbsent(anchor.end, a -> new StringBuilder())
            .append(file.newline())
            .append(indent)
            .append(copy);
      }
    }
    inserts.forEach((at, block) -> edits.add(new TextEdit(at, at, block.toString())));
    for (String key : removals) {
      XliffUnit unit = units.get(key);
      if (unit != null && !values.containsKey(key)) {
        edits.add(
            new TextEdit(
                text.lastIndexOf('\n', unit.element().start - 1) + 1,
                lineEnd(unit.element().end),
                ""));
      }
    }
    return file.encode(TextEdit.apply(text, edits));
  }

  private static String text(Map<String, Message> values, String key) {
    Message value = values.get(key);
    return value == null ? null : value.canonical();
  }

  /** A new target: this file with the target language set and a target for each translated unit. */
  @Override
  public byte[] translateInto(Map<String, Message> values, String language) {
    List<TextEdit> edits = new ArrayList<>();
    if (language != null) {
      if (version2) {
        edits.add(languageAttribute(root, "srcLang", "trgLang", language));
      } else {
        for (XmlElement element : files(root)) {
          edits.add(languageAttribute(element, "source-language", "target-language", language));
        }
      }
    }
    for (XliffUnit unit : units.values()) {
      String value = text(values, unit.key());
      if (value != null) {
        setTarget(unit, value, cdata(unit), edits, text);
      } else if (unit.target() != null) {
        // a target holding the source text is not a translation: a new file leaves it out
        edits.add(
            new TextEdit(
                text.lastIndexOf('\n', unit.target().start - 1) + 1,
                lineEnd(unit.target().end),
                ""));
      }
    }
    return file.encode(TextEdit.apply(text, edits));
  }

  /** The unit's raw text with its target set, for inserting into another file. */
  private String withTarget(XliffUnit unit, String value) {
    List<TextEdit> edits = new ArrayList<>();
    setTarget(unit, value, cdata(unit), edits, text);
    String block = text.substring(unit.element().start, unit.element().end);
    List<TextEdit> shifted = new ArrayList<>();
    for (TextEdit edit : edits) {
      shifted.add(
          new TextEdit(
              edit.start() - unit.element().start, edit.end() - unit.element().start, edit.text()));
    }
    return TextEdit.apply(block, shifted);
  }

  private void setTarget(
      XliffUnit unit, String value, boolean cdata, List<TextEdit> edits, String in) {
    String encoded =
        cdata
            ? "<![CDATA[" + value.replace("]]>", "]]]]><![CDATA[>") + "]]>"
            : XmlText.encode(value);
    XmlElement target = unit.target();
    if (target != null && !target.selfClosing) {
      edits.add(new TextEdit(target.contentStart, target.contentEnd, encoded));
    } else if (target != null) {
      edits.add(new TextEdit(target.start, target.end, "<target>" + encoded + "</target>"));
    } else {
      XmlElement source = unit.source();
      String indent = in.substring(in.lastIndexOf('\n', source.start - 1) + 1, source.start);
      edits.add(
          new TextEdit(
              source.end,
              source.end,
              file.newline() + indent + "<target>" + encoded + "</target>"));
    }
    XmlElement holder = version2 ? unit.container() : target;
    String state = holder == null ? null : holder.attribute("state");
    if (state != null && !state.equals("translated")) {
      String tag = in.substring(holder.start, holder.contentStart);
      int at = holder.start + tag.indexOf("state=") + 7;
      edits.add(new TextEdit(at, at + state.length(), "translated"));
    }
  }

  private boolean cdata(XliffUnit unit) {
    XmlElement shown =
        unit.target() != null && !unit.target().selfClosing ? unit.target() : unit.source();
    return shown.content(text).strip().startsWith("<![CDATA[");
  }

  private TextEdit languageAttribute(
      XmlElement element, String sourceName, String targetName, String language) {
    String tag = text.substring(element.start, element.contentStart);
    Matcher existing = Pattern.compile(targetName + "\\s*=\\s*([\"'])([^\"']*)\\1").matcher(tag);
    if (existing.find()) {
      return new TextEdit(
          element.start + existing.start(2), element.start + existing.end(2), language);
    }
    Matcher source = Pattern.compile(sourceName + "\\s*=\\s*([\"'])[^\"']*\\1").matcher(tag);
    int at = element.start + (source.find() ? source.end() : element.name.length() + 1);
    return new TextEdit(at, at, " " + targetName + "=\"" + language + "\"");
  }

  private static List<XmlElement> files(XmlElement root) {
    return root.children("file");
  }

  private int lineEnd(int offset) {
    int newline = text.indexOf('\n', offset);
    return newline < 0 ? text.length() : newline + 1;
  }
}
