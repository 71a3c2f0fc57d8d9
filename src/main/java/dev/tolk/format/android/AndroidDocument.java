package dev.tolk.format.android;

import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.core.message.Message;
import dev.tolk.format.EditPlan;
import dev.tolk.format.FormatException;
import dev.tolk.format.LocalizationDocument;
import dev.tolk.format.TextFile;
import dev.tolk.format.xml.XmlElement;
import dev.tolk.format.xml.XmlTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An Android resources file: its {@link AndroidResource}s, translated unless marked {@code
 * translatable="false"} (one resource, or the whole file); the comment above an element is its
 * note.
 */
public final class AndroidDocument implements LocalizationDocument<AndroidDocument> {
  private final TextFile file;
  private final String text;
  private final XmlElement root;
  private final AndroidLayout layout;
  private final Map<String, XmlElement> named = new LinkedHashMap<>(); // every named resource
  private final Map<String, AndroidResource> resources = new LinkedHashMap<>();
  private final List<Entry> entries = new ArrayList<>();

  private AndroidDocument(TextFile file, XmlElement root) {
    this.file = file;
    this.text = file.text();
    this.root = root;
    this.layout = AndroidLayout.of(text, file.newline(), root);
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
      String note = note(previousEnd, element.start);
      previousEnd = element.end;
      String name = element.attribute("name");
      if (name == null || "false".equals(element.attribute("translatable"))) {
        continue;
      }
      if (named.put(name, element) != null) {
        throw new FormatException(
            file.path(), element.line, 1, "duplicate resource '" + name + "'");
      }
      AndroidResource resource = AndroidResource.of(element);
      if (resource != null) {
        resources.put(name, resource);
        entries.addAll(resource.entries(text, note));
      }
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
    return value instanceof Message.Plural plural
        ? plural.withBranches(AndroidResource.Plurals.quantities(plural))
        : value;
  }

  @Override
  public byte[] update(Map<String, Message> values, Set<String> removals, AndroidDocument source) {
    EditPlan plan = new EditPlan(text);
    XmlElement anchor = null;
    for (String name : source.named.keySet()) {
      XmlElement existing = named.get(name);
      if (existing != null) {
        if (resources.containsKey(name)) {
          resources.get(name).replace(values, plan, layout);
        }
        if (!removals.contains(name)) {
          anchor = existing;
        }
        continue;
      }
      AndroidResource original = source.resources.get(name);
      String element = original == null ? null : original.render(values, source.layout);
      if (element == null) {
        continue;
      }
      String indent = layout.indent();
      if (anchor != null) {
        plan.insert(anchor.end, file.newline() + indent + element);
      } else {
        int first = root.children.isEmpty() ? root.contentStart : root.children.get(0).start;
        plan.insert(first, element + file.newline() + indent);
      }
    }
    for (String name : removals) {
      XmlElement element = named.get(name);
      if (element != null) {
        plan.deleteLines(element.start, element.end);
      }
    }
    return file.encode(plan.apply());
  }

  /** A new values-xx file: the source's declaration and root tag, then the translated resources. */
  @Override
  public byte[] translateInto(Map<String, Message> values, String language) {
    String nl = file.newline();
    StringBuilder out = new StringBuilder(text.substring(0, root.contentStart));
    boolean any = false;
    for (AndroidResource resource : resources.values()) {
      String element = resource.render(values, layout);
      if (element != null) {
        out.append(nl).append(layout.indent()).append(element);
        any = true;
      }
    }
    out.append(any ? nl : "").append("</resources>").append(nl);
    return file.encode(out.toString());
  }
}
