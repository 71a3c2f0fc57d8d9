package dev.tolk.format.android;

import dev.tolk.format.Lines;
import dev.tolk.format.xml.XmlElement;
import java.util.List;

/**
 * How a resources file is laid out, so that written elements look like their neighbours: the
 * newline style, the indentation of a resource, and of the items inside one.
 *
 * @param indent one level of indentation (that of the first resource, else four spaces)
 */
record AndroidLayout(String text, String newline, String indent) {

  static AndroidLayout of(String text, String newline, XmlElement root) {
    if (root.children.isEmpty()) {
      return new AndroidLayout(text, newline, "    ");
    }
    String first = Lines.indentation(text, root.children.get(0).start);
    return new AndroidLayout(text, newline, first.isEmpty() ? "    " : first);
  }

  /** The indentation of an element's items (its first item's, else two levels). */
  String itemIndent(XmlElement element) {
    List<XmlElement> items = element.children("item");
    return items.isEmpty()
        ? indent + indent
        : text.substring(Lines.start(text, items.get(0).start), items.get(0).start);
  }

  /** The indentation of an element's own line, for its closing tag. */
  String closingIndent(XmlElement element) {
    return text.substring(Lines.start(text, element.start), element.start);
  }
}
