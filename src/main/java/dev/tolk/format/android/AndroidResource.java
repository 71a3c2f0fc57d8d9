package dev.tolk.format.android;

import dev.tolk.core.Entry;
import dev.tolk.core.message.Dialect;
import dev.tolk.core.message.Message;
import dev.tolk.format.EditPlan;
import dev.tolk.format.xml.XmlElement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A translatable resource of an Android resources file: a {@code <string>}, a {@code
 * <string-array>} (whose items are keyed {@code name/0}, {@code name/1}, ...), or a {@code
 * <plurals>} (one plural message, one {@code <item quantity>} per CLDR category).
 */
sealed interface AndroidResource {
  XmlElement element();

  default String name() {
    return element().attribute("name");
  }

  /** The resource of an element, or null for an element that holds no text to translate. */
  static AndroidResource of(XmlElement element) {
    return switch (element.name) {
      case "string" -> new StringResource(element);
      case "string-array" -> new StringArray(element);
      case "plurals" -> new Plurals(element);
      default -> null;
    };
  }

  /** The entries it holds, read from its file's text. */
  List<Entry> entries(String text, String note);

  /** Sets the given values in this (target) resource. */
  void replace(Map<String, Message> values, EditPlan plan, AndroidLayout layout);

  /**
   * This (source) resource as a new element holding the given values, or null when one is missing.
   */
  String render(Map<String, Message> values, AndroidLayout layout);

  /** A value as its text, or null when it is missing or a plural. */
  private static String text(Map<String, Message> values, String key) {
    return values.get(key) instanceof Message.Text message ? message.text() : null;
  }

  /** A text that is not a reference to another resource ({@code @string/app}). */
  private static boolean translatable(String value) {
    return !value.isBlank() && !value.startsWith("@");
  }

  record StringResource(XmlElement element) implements AndroidResource {
    @Override
    public List<Entry> entries(String text, String note) {
      String value = AndroidText.decode(element.content(text));
      return translatable(value)
          ? List.of(new Entry(name(), new Message.Text(value, Dialect.PRINTF), note, element.line))
          : List.of();
    }

    @Override
    public void replace(Map<String, Message> values, EditPlan plan, AndroidLayout layout) {
      String value = text(values, name());
      if (value != null && !value.equals(AndroidText.decode(element.content(layout.text())))) {
        plan.replace(element.contentStart, element.contentEnd, AndroidText.encode(value));
      }
    }

    @Override
    public String render(Map<String, Message> values, AndroidLayout layout) {
      String value = text(values, name());
      if (value == null) {
        return null;
      }
      String open =
          element.selfClosing
              ? "<string name=\"" + name() + "\">"
              : layout.text().substring(element.start, element.contentStart);
      return open + AndroidText.encode(value) + "</string>";
    }
  }

  record StringArray(XmlElement element) implements AndroidResource {
    @Override
    public List<Entry> entries(String text, String note) {
      List<XmlElement> items = element.children("item");
      List<Entry> entries = new java.util.ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        String value = AndroidText.decode(items.get(i).content(text));
        if (translatable(value)) {
          entries.add(
              new Entry(
                  name() + "/" + i,
                  new Message.Text(value, Dialect.PRINTF),
                  note,
                  items.get(i).line));
        }
      }
      return entries;
    }

    @Override
    public void replace(Map<String, Message> values, EditPlan plan, AndroidLayout layout) {
      List<XmlElement> items = element.children("item");
      for (int i = 0; i < items.size(); i++) {
        XmlElement item = items.get(i);
        String value = text(values, name() + "/" + i);
        if (value != null && !value.equals(AndroidText.decode(item.content(layout.text())))) {
          plan.replace(item.contentStart, item.contentEnd, AndroidText.encode(value));
        }
      }
    }

    /** Items that refer to other resources are copied; every other item needs its value. */
    @Override
    public String render(Map<String, Message> values, AndroidLayout layout) {
      String text = layout.text();
      StringBuilder out = new StringBuilder(text.substring(element.start, element.contentStart));
      List<XmlElement> items = element.children("item");
      for (int i = 0; i < items.size(); i++) {
        String value = text(values, name() + "/" + i);
        String raw = items.get(i).content(text);
        if (value == null && translatable(AndroidText.decode(raw))) {
          return null;
        }
        out.append(layout.newline())
            .append(layout.indent())
            .append(layout.indent())
            .append("<item>")
            .append(value == null ? raw : AndroidText.encode(value))
            .append("</item>");
      }
      return out.append(layout.newline())
          .append(layout.indent())
          .append("</string-array>")
          .toString();
    }
  }

  record Plurals(XmlElement element) implements AndroidResource {
    @Override
    public List<Entry> entries(String text, String note) {
      Map<String, String> branches = new LinkedHashMap<>();
      for (XmlElement item : element.children("item")) {
        branches.put(item.attribute("quantity"), AndroidText.decode(item.content(text)));
      }
      return branches.values().stream().anyMatch(value -> !value.isBlank())
          ? List.of(
              new Entry(name(), Message.Plural.of(branches, Dialect.PRINTF), note, element.line))
          : List.of();
    }

    @Override
    public void replace(Map<String, Message> values, EditPlan plan, AndroidLayout layout) {
      Message value = values.get(name());
      if (value == null
          || (value instanceof Message.Plural plural
              && plural.withBranches(quantities(plural)).equals(current(layout.text())))) {
        return; // unchanged: its bytes stay
      }
      String items =
          items(value, layout.itemIndent(element), layout.newline(), layout.closingIndent(element));
      if (items != null) {
        plan.replace(element.contentStart, element.contentEnd, items);
      }
    }

    @Override
    public String render(Map<String, Message> values, AndroidLayout layout) {
      Message value = values.get(name());
      String items =
          value == null
              ? null
              : items(value, layout.indent() + layout.indent(), layout.newline(), layout.indent());
      return items == null
          ? null
          : layout.text().substring(element.start, element.contentStart) + items + "</plurals>";
    }

    private Message current(String text) {
      List<Entry> entries = entries(text, null);
      return entries.isEmpty() ? null : entries.get(0).message();
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

    /** Android has an item per CLDR category and none for an explicit value ({@code =0}). */
    static Map<String, String> quantities(Message.Plural plural) {
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
  }
}
