package dev.tolk.format.android;

import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.core.IcuPlural;
import dev.tolk.format.FormatException;
import dev.tolk.format.LocalizationDocument;
import dev.tolk.format.TextEdit;
import dev.tolk.format.TextFile;
import dev.tolk.format.xml.XmlElement;
import dev.tolk.format.xml.XmlTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An Android resources file. {@code <string>} values, {@code <string-array>} items (key {@code
 * name/0}) and {@code <plurals>} (sent as an ICU plural message, written back as one {@code <item>}
 * per CLDR quantity of the target language) are translated unless marked {@code
 * translatable="false"}; the comment above an element is its note.
 */
final class AndroidDocument implements LocalizationDocument {
  private final TextFile file;
  private final String text;
  private final XmlElement root;
  private final Map<String, XmlElement> elements =
      new LinkedHashMap<>(); // resource name -> element
  private final List<Entry> entries = new ArrayList<>();

  private AndroidDocument(TextFile file, XmlElement root) {
    this.file = file;
    this.text = file.text();
    this.root = root;
  }

  static AndroidDocument parse(TextFile file) {
    XmlElement root = XmlTree.read(file.path(), file.text());
    if (!root.name.equals("resources")) {
      throw new FormatException(
          file.path(), root.line, 1, "expected <resources> as the root element");
    }
    AndroidDocument document = new AndroidDocument(file, root);
    document.read();
    return document;
  }

  private void read() {
    int previousEnd = root.contentStart;
    for (XmlElement element : root.children) {
      String name = element.attribute("name");
      String note = note(previousEnd, element.start);
      previousEnd = element.end;
      if (name == null || "false".equals(element.attribute("translatable"))) {
        continue;
      }
      if (elements.put(name, element) != null) {
        throw new FormatException(
            file.path(), element.line, 1, "duplicate resource '" + name + "'");
      }
      switch (element.name) {
        case "string" -> add(name, AndroidText.decode(element.content(text)), note, element.line);
        case "string-array" -> {
          List<XmlElement> items = element.children("item");
          for (int i = 0; i < items.size(); i++) {
            add(
                name + "/" + i,
                AndroidText.decode(items.get(i).content(text)),
                note,
                items.get(i).line);
          }
        }
        case "plurals" -> {
          StringBuilder icu = new StringBuilder("{count, plural,");
          for (XmlElement item : element.children("item")) {
            icu.append(' ')
                .append(item.attribute("quantity"))
                .append(" {")
                .append(AndroidText.decode(item.content(text)))
                .append('}');
          }
          add(name, icu.append('}').toString(), note, element.line);
        }
        default -> {}
      }
    }
  }

  private void add(String key, String value, String note, int line) {
    if (!value.isBlank() && !value.startsWith("@")) {
      entries.add(new Entry(key, value, note, line));
    }
  }

  /** The last comment between two offsets, as a note. */
  private String note(int from, int to) {
    String gap = text.substring(from, to);
    int open = gap.lastIndexOf("<!--");
    int close = gap.lastIndexOf("-->");
    if (open < 0 || close < open || !gap.substring(close + 3).isBlank()) {
      return null;
    }
    return gap.substring(open + 4, close).strip();
  }

  @Override
  public Catalog catalog() {
    return new Catalog(entries);
  }

  /** A plural reads back as its items: text around the plural argument goes into each of them. */
  @Override
  public String normalized(String key, String value) {
    XmlElement element = elements.get(key);
    IcuPlural plural =
        element == null || !element.name.equals("plurals")
            ? null
            : IcuPlural.parse(value).orElse(null);
    if (plural == null) {
      return value;
    }
    StringBuilder icu = new StringBuilder("{count, plural,");
    plural
        .categories()
        .forEach(
            (quantity, text) ->
                icu.append(' ').append(quantity).append(" {").append(text).append('}'));
    return icu.append('}').toString();
  }

  @Override
  public byte[] update(
      Map<String, String> values, Set<String> removals, LocalizationDocument source) {
    AndroidDocument from = (AndroidDocument) source;
    List<TextEdit> edits = new ArrayList<>();
    Map<Integer, StringBuilder> inserts = new LinkedHashMap<>();
    String indent = indent();
    XmlElement anchor = null;
    for (var sourceEntry : from.elements.entrySet()) {
      String name = sourceEntry.getKey();
      XmlElement sourceElement = sourceEntry.getValue();
      XmlElement existing = elements.get(name);
      if (existing != null) {
        replace(existing, sourceElement, values, edits);
        if (!removals.contains(name)) {
          anchor = existing;
        }
      } else {
        String element = render(sourceElement, from, values, indent);
        if (element != null) {
          int at =
              anchor != null
                  ? anchor.end
                  : root.children.isEmpty() ? root.contentStart : root.children.get(0).start;
          StringBuilder block = inserts.computeIfAbsent(at, a -> new StringBuilder());
          block.append(
              anchor != null
                  ? file.newline() + indent + element
                  : element + file.newline() + indent);
        }
      }
    }
    inserts.forEach((at, block) -> edits.add(new TextEdit(at, at, block.toString())));
    for (String name : removals) {
      XmlElement element = elements.get(name);
      if (element != null) {
        edits.add(new TextEdit(lineStart(element.start), lineEnd(element.end), ""));
      }
    }
    return file.encode(TextEdit.apply(text, edits));
  }

  /** A new values-xx file: the source's declaration and root tag, then the translated resources. */
  @Override
  public byte[] translateInto(Map<String, String> values, String language) {
    String nl = file.newline();
    String indent = indent();
    StringBuilder out = new StringBuilder(text.substring(0, root.contentStart));
    boolean any = false;
    for (var entry : elements.entrySet()) {
      String element = render(entry.getValue(), this, values, indent, language);
      if (element != null) {
        out.append(nl).append(indent).append(element);
        any = true;
      }
    }
    out.append(any ? nl : "").append("</resources>").append(nl);
    return file.encode(out.toString());
  }

  @Override
  public byte[] translateInto(Map<String, String> values) {
    return translateInto(values, null);
  }

  private void replace(
      XmlElement target, XmlElement source, Map<String, String> values, List<TextEdit> edits) {
    String name = source.attribute("name");
    switch (source.name) {
      case "string" -> {
        String value = values.get(name);
        if (value != null && !value.equals(AndroidText.decode(target.content(text)))) {
          edits.add(
              new TextEdit(target.contentStart, target.contentEnd, AndroidText.encode(value)));
        }
      }
      case "string-array" -> {
        List<XmlElement> items = target.children("item");
        for (int i = 0; i < items.size(); i++) {
          String value = values.get(name + "/" + i);
          if (value != null && !value.equals(AndroidText.decode(items.get(i).content(text)))) {
            edits.add(
                new TextEdit(
                    items.get(i).contentStart, items.get(i).contentEnd, AndroidText.encode(value)));
          }
        }
      }
      case "plurals" -> {
        String value = values.get(name);
        boolean unchanged =
            entries.stream().anyMatch(e -> e.key().equals(name) && e.text().equals(value));
        String items =
            value == null || unchanged
                ? null
                : items(value, itemIndent(target), file.newline(), closingIndent(target));
        if (items != null) {
          edits.add(new TextEdit(target.contentStart, target.contentEnd, items));
        }
      }
      default -> {}
    }
  }

  private String render(
      XmlElement source, AndroidDocument from, Map<String, String> values, String indent) {
    return render(source, from, values, indent, null);
  }

  /** The resource as a new element, or null when its value (or any item of an array) is missing. */
  private String render(
      XmlElement source,
      AndroidDocument from,
      Map<String, String> values,
      String indent,
      String language) {
    String name = source.attribute("name");
    String open = from.text.substring(source.start, source.contentStart);
    switch (source.name) {
      case "string" -> {
        String value = values.get(name);
        return value == null
            ? null
            : (source.selfClosing ? "<string name=\"" + name + "\">" : open)
                + AndroidText.encode(value)
                + "</string>";
      }
      case "string-array" -> {
        List<XmlElement> items = source.children("item");
        StringBuilder out = new StringBuilder(open);
        for (int i = 0; i < items.size(); i++) {
          String value = values.get(name + "/" + i);
          String raw = items.get(i).content(from.text);
          if (value == null && !AndroidText.decode(raw).startsWith("@")) {
            return null;
          }
          out.append(file.newline())
              .append(indent)
              .append(indent)
              .append("<item>")
              .append(value == null ? raw : AndroidText.encode(value))
              .append("</item>");
        }
        return out.append(file.newline()).append(indent).append("</string-array>").toString();
      }
      case "plurals" -> {
        String value = values.get(name);
        String items = value == null ? null : items(value, indent + indent, file.newline(), indent);
        return items == null ? null : open + items + "</plurals>";
      }
      default -> {
        return null;
      }
    }
  }

  /** One {@code <item quantity>} per category of an ICU plural message. */
  private static String items(
      String message, String itemIndent, String newline, String closingIndent) {
    IcuPlural plural = IcuPlural.parse(message).orElse(null);
    if (plural == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    plural
        .categories()
        .forEach(
            (quantity, text) ->
                out.append(newline)
                    .append(itemIndent)
                    .append("<item quantity=\"")
                    .append(quantity)
                    .append("\">")
                    .append(AndroidText.encode(text))
                    .append("</item>"));
    return out.append(newline).append(closingIndent).toString();
  }

  private String indent() {
    if (root.children.isEmpty()) {
      return "    ";
    }
    int start = root.children.get(0).start;
    return text.substring(lineStart(start), start).isBlank()
        ? text.substring(lineStart(start), start)
        : "    ";
  }

  private String itemIndent(XmlElement plurals) {
    List<XmlElement> items = plurals.children("item");
    return items.isEmpty()
        ? indent() + indent()
        : text.substring(lineStart(items.get(0).start), items.get(0).start);
  }

  private String closingIndent(XmlElement element) {
    return text.substring(lineStart(element.start), element.start);
  }

  private int lineStart(int offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
  }

  private int lineEnd(int offset) {
    int newline = text.indexOf('\n', offset);
    return newline < 0 ? text.length() : newline + 1;
  }
}
