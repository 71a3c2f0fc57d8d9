package dev.tolk.format.xliff;

import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.core.message.Message;
import dev.tolk.format.EditPlan;
import dev.tolk.format.FormatException;
import dev.tolk.format.Lines;
import dev.tolk.format.LocalizationDocument;
import dev.tolk.format.ReviewState;
import dev.tolk.format.TextFile;
import dev.tolk.format.xml.XmlElement;
import dev.tolk.format.xml.XmlText;
import dev.tolk.format.xml.XmlTree;
import java.util.ArrayList;
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
public final class XliffDocument implements LocalizationDocument<XliffDocument> {
  private static final Pattern UNTRANSLATED = Pattern.compile("new|needs-translation|initial");

  private final TextFile file;
  private final String text;
  private final XmlElement root;
  private final XliffVersion version;
  private final String sourceLanguage;
  private final String targetLanguage;
  private final Map<String, XliffUnit> units;

  private XliffDocument(TextFile file, XmlElement root) {
    this.file = file;
    this.text = file.text();
    this.root = root;
    this.version = XliffVersion.of(root);
    this.sourceLanguage = version.language(root, false);
    this.targetLanguage = version.language(root, true);
    this.units = new XliffUnits(file, version).read(root);
  }

  static XliffDocument parse(TextFile file) {
    XmlElement root = XmlTree.read(file.path(), file.text());
    if (!root.name.equals("xliff")) {
      throw new FormatException(file.path(), root.line, 1, "expected <xliff> as the root element");
    }
    return new XliffDocument(file, root);
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
        entries.add(
            new Entry(
                unit.key(),
                Message.text(value),
                unit.note(),
                unit.source().line,
                unit.maxLength()));
      }
    }
    return new Catalog(entries);
  }

  private boolean translated(XliffUnit unit) {
    if (unit.target() == null || content(unit.target()).isBlank()) {
      return false;
    }
    XmlElement holder = version.stateHolder(unit);
    String state = holder == null ? null : holder.attribute("state");
    return state == null || !UNTRANSLATED.matcher(state).matches();
  }

  private String content(XmlElement element) {
    return XliffText.content(text, element);
  }

  @Override
  public byte[] update(Map<String, Message> values, Set<String> removals, XliffDocument source) {
    EditPlan plan = new EditPlan(text);
    XmlElement anchor = null;
    for (XliffUnit sourceUnit : source.units.values()) {
      String value = text(values, sourceUnit.key());
      XliffUnit existing = units.get(sourceUnit.key());
      if (existing != null) {
        if (value != null) {
          setTarget(existing, value, source.cdata(sourceUnit), plan);
        }
        if (!removals.contains(existing.key())) {
          anchor = existing.element();
        }
      } else if (value != null && anchor != null) {
        plan.insert(
            anchor.end,
            file.newline()
                + Lines.indentation(text, anchor.start)
                + source.withTarget(sourceUnit, value));
      }
    }
    for (String key : removals) {
      XliffUnit unit = units.get(key);
      if (unit != null && !values.containsKey(key)) {
        plan.deleteLines(unit.element().start, unit.element().end);
      }
    }
    return file.encode(plan.apply());
  }

  private static String text(Map<String, Message> values, String key) {
    Message value = values.get(key);
    return value == null ? null : value.canonical();
  }

  /** A new target: this file with the target language set and a target for each translated unit. */
  @Override
  public byte[] translateInto(Map<String, Message> values, String language) {
    EditPlan plan = new EditPlan(text);
    if (language != null) {
      for (XmlElement element : version.languageHolders(root)) {
        languageAttribute(element, language, plan);
      }
    }
    for (XliffUnit unit : units.values()) {
      String value = text(values, unit.key());
      if (value != null) {
        setTarget(unit, value, cdata(unit), plan);
      } else if (unit.target() != null) {
        // a target holding the source text is not a translation: a new file leaves it out
        plan.deleteLines(unit.target().start, unit.target().end);
      }
    }
    return file.encode(plan.apply());
  }

  /** The unit's raw text with its target set, for inserting into another file. */
  private String withTarget(XliffUnit unit, String value) {
    EditPlan plan = new EditPlan(text, unit.element().start, unit.element().end);
    setTarget(unit, value, cdata(unit), plan);
    return plan.apply();
  }

  /** Sets a unit's target (adding one after its source if it has none), and its state. */
  private void setTarget(XliffUnit unit, String value, boolean cdata, EditPlan plan) {
    String encoded =
        cdata
            ? "<![CDATA[" + value.replace("]]>", "]]]]><![CDATA[>") + "]]>"
            : XmlText.encode(value);
    XmlElement target = unit.target();
    if (target != null && !target.selfClosing) {
      plan.replace(target.contentStart, target.contentEnd, encoded);
    } else if (target != null) {
      plan.replace(target.start, target.end, "<target>" + encoded + "</target>");
    } else {
      XmlElement source = unit.source();
      plan.insert(
          source.end,
          file.newline()
              + Lines.indentation(text, source.start)
              + "<target>"
              + encoded
              + "</target>");
    }
    XmlElement holder = version.stateHolder(unit);
    String state = holder == null ? null : holder.attribute("state");
    if (state != null && !state.equals("translated")) {
      String tag = text.substring(holder.start, holder.contentStart);
      int at = holder.start + tag.indexOf("state=") + 7;
      plan.replace(at, at + state.length(), "translated");
    }
  }

  @Override
  public byte[] marked(Map<String, ReviewState> states) {
    EditPlan plan = new EditPlan(text);
    states.forEach(
        (key, state) -> {
          XliffUnit unit = units.get(key);
          XmlElement holder = unit == null ? null : version.stateHolder(unit);
          if (holder == null) {
            return;
          }
          String value = version.reviewState(state);
          String tag = text.substring(holder.start, holder.contentStart);
          String current = holder.attribute("state");
          if (current == null) {
            int end = tag.endsWith("/>") ? tag.length() - 2 : tag.length() - 1;
            plan.insert(holder.start + end, " state=\"" + value + "\"");
          } else if (!current.equals(value)) {
            int at = holder.start + tag.indexOf("state=") + 7;
            plan.replace(at, at + current.length(), value);
          }
        });
    return file.encode(plan.apply());
  }

  private boolean cdata(XliffUnit unit) {
    XmlElement shown =
        unit.target() != null && !unit.target().selfClosing ? unit.target() : unit.source();
    return shown.content(text).strip().startsWith("<![CDATA[");
  }

  /** Sets the target language attribute, after the source language's when there is none. */
  private void languageAttribute(XmlElement element, String language, EditPlan plan) {
    String targetName = version.languageAttribute(true);
    String tag = text.substring(element.start, element.contentStart);
    Matcher existing = Pattern.compile(targetName + "\\s*=\\s*([\"'])([^\"']*)\\1").matcher(tag);
    if (existing.find()) {
      plan.replace(element.start + existing.start(2), element.start + existing.end(2), language);
      return;
    }
    Matcher source =
        Pattern.compile(version.languageAttribute(false) + "\\s*=\\s*([\"'])[^\"']*\\1")
            .matcher(tag);
    int at = element.start + (source.find() ? source.end() : element.name.length() + 1);
    plan.insert(at, " " + targetName + "=\"" + language + "\"");
  }
}
