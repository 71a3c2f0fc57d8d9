package dev.tolk.format.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An element of an XML text, as offsets: where its start tag begins, where its content starts and
 * ends, where its end tag ends. Attribute values are kept raw (entities not decoded).
 */
public final class XmlElement {
  public final String name;
  public final Map<String, String> attributes = new LinkedHashMap<>();
  public final List<XmlElement> children = new ArrayList<>();
  public int start;
  public int contentStart;
  public int contentEnd;
  public int end;
  public int line;
  public boolean selfClosing;

  XmlElement(String name) {
    this.name = name;
  }

  public String attribute(String name) {
    return attributes.get(name);
  }

  public List<XmlElement> children(String name) {
    return children.stream().filter(child -> child.name.equals(name)).toList();
  }

  public XmlElement child(String name) {
    return children.stream().filter(child -> child.name.equals(name)).findFirst().orElse(null);
  }

  /** The raw content between the tags (markup included), or "" for an empty element. */
  public String content(String text) {
    return selfClosing ? "" : text.substring(contentStart, contentEnd);
  }
}
