package dev.tolk.format.android;

import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.core.message.Dialect;
import dev.tolk.core.message.Message;
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

  /** A resources file marked {@code translatable="false"} as a whole is not translated. */
  @Override
  public boolean translatable() {
    return !"false".equals(root.attribute("translatable"));
  }

  private void read() {
    if (!translatable()) {
      return;
    }
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
          Map<String, String> branches = new LinkedHashMap<>();
          for (XmlElement item : element.children("item")) {
            branches.put(item.attribute("quantity"), AndroidText.decode(item.content(text)));
          }
          if (branches.values().stream().anyMatch(value -> !value.isBlank())) {
            entries.add(
                new Entry(name, Message.Plural.of(branches, Dialect.PRINTF), note, element.line));
          }
        }
        default -> {}
      }
    }
  }

  private void add(String key, String value, String note, int line) {
    if (!value.isBlank() && !value.startsWith("@")) {
      entries.add(new Entry(key, new Message.Text(value, Dialect.PRINTF), note, line));
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

  /** A plural reads back as its items: one per category, explicit values ({@code =0}) have none. */
  @Override
  public Message normalized(String key, Message value) {
    return value instanceof Message.Plural plural ? plural.withBranches(quantities(plural)) : value;
  }

  private static Map<String, String> quantities(Message.Plural plural) {
    Map<String, String> quantities = new LinkedHashMap<>();
    plural
        .branches()
        .forEach(
            (selector, text) -> {
              if (!selector.startsWith("=")) {
                quantities.put(selector, text);
              }
            });
    return quantities;
  }

  @Override
  public byte[] update(
      Map<String, Message> values, Set<String> removals, LocalizationDocument source) {
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
  public byte[] translateInto(Map<String, Message> values, String language) {
    String nl = file.newline();
    String indent = indent();
    StringBuilder out = new StringBuilder(text.substring(0, root.contentStart));
    boolean any = false;
    for (var entry : elements.entrySet()) {
      String element = render(entry.getValue(), this, values, indent);
      if (element != null) {
        out.append(nl).append(indent).append(element);
        any = true;
      }
    }
    out.append(any ? nl : "").append("</resources>").append(nl);
    return file.encode(out.toString());
  }

  private static String text(Map<String, Message> values, String key) {
    return values.get(key) instanceof Message.Text message ? message.text() : null;
  }

  private void replace(
      XmlElement target, XmlElement source, Map<String, Message> values, List<TextEdit> edits) {
    String name = source.attribute("name");
    switch (source.name) {
      case "string" -> {
        String value = text(values, name);
        if (value != null && !value.equals(AndroidText.decode(target.content(text)))) {
          edits.add(
              new TextEdit(target.contentStart, target.contentEnd, AndroidText.encode(value)));
        }
      }
      case "string-array" -> {
        List<XmlElement> items = target.children("item");
        for (int i = 0; i < items.size(); i++) {
          String value = text(values, name + "/" + i);
          if (value != null && !value.equals(AndroidText.decode(items.get(i).content(text)))) {
            edits.add(
                new TextEdit(
                    items.get(i).contentStart, items.get(i).contentEnd, AndroidText.encode(value)));
          }
        }
      }
      case "plurals" -> {
        Message value = values.get(name);
        boolean unchanged =
            value != null
                && entries.stream()
                    .anyMatch(
                        e -> e.key().equals(name) && e.message().equals(normalized(name, value)));
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

  /** The resource as a new element, or null when its value (or any item of an array) is missing. */
  private String render(
      XmlElement source, AndroidDocument from, Map<String, Message> values, String indent) {
    String name = source.attribute("name");
    String open = from.text.substring(source.start, source.contentStart);
    switch (source.name) {
      case "string" -> {
        String value = text(values, name);
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
          String value = text(values, name + "/" + i);
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
        Message value = values.get(name);
        String items = value == null ? null : items(value, indent + indent, file.newline(), indent);
        return items == null ? null : open + items + "</plurals>";
      }
      default -> {
        return null;
      }
    }
  }

  /** One {@code <item quantity>} per category of a plural message, in CLDR order. */
  private static String items(
      Message message, String itemIndent, String newline, String closingIndent) {
    if (!(message instanceof Message.Plural plural)) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    quantities(plural)
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
