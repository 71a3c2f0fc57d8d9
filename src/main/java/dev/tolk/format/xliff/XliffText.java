package dev.tolk.format.xliff;

import dev.tolk.format.xml.XmlElement;
import dev.tolk.format.xml.XmlText;

/** The text XLIFF elements hold. */
final class XliffText {
  private XliffText() {}

  /** An element's text: a CDATA section's content, else the decoded XML. */
  static String content(String text, XmlElement element) {
    String raw = element.content(text);
    String trimmed = raw.strip();
    if (trimmed.startsWith("<![CDATA[")
        && trimmed.endsWith("]]>")
        && trimmed.indexOf("]]>") == trimmed.length() - 3) {
      return trimmed.substring(9, trimmed.length() - 3);
    }
    return XmlText.decode(raw);
  }
}
