package dev.tolk.format.xml;

import dev.tolk.format.FormatException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the element structure of an XML text with the offsets a span-keeping writer needs. It is
 * used after {@link SafeXml#check} has accepted the text, so it only has to find boundaries:
 * comments, CDATA, processing instructions and quoted attribute values are skipped correctly.
 */
public final class XmlTree {
  private XmlTree() {}

  public static XmlElement read(String path, String text) {
    SafeXml.check(path, text);
    Deque<XmlElement> open = new ArrayDeque<>();
    XmlElement root = null;
    int i = 0;
    int line = 1;
    while (i < text.length()) {
      int lt = text.indexOf('<', i);
      if (lt < 0) {
        break;
      }
      line += count(text, i, lt);
      if (text.startsWith("<!--", lt)) {
        i = skip(text, lt, "-->");
      } else if (text.startsWith("<![CDATA[", lt)) {
        i = skip(text, lt, "]]>");
      } else if (text.startsWith("<?", lt)) {
        i = skip(text, lt, "?>");
      } else if (text.startsWith("<!", lt)) {
        i = skip(text, lt, ">");
      } else if (text.startsWith("</", lt)) {
        int gt = text.indexOf('>', lt);
        XmlElement element = open.pop();
        element.contentEnd = lt;
        element.end = gt + 1;
        i = gt + 1;
      } else {
        int nameEnd = lt + 1;
        while (nameEnd < text.length()
            && !Character.isWhitespace(text.charAt(nameEnd))
            && text.charAt(nameEnd) != '>'
            && text.charAt(nameEnd) != '/') {
          nameEnd++;
        }
        XmlElement element = new XmlElement(text.substring(lt + 1, nameEnd));
        element.start = lt;
        element.line = line;
        int j = nameEnd;
        while (true) {
          while (Character.isWhitespace(text.charAt(j))) {
            j++;
          }
          char c = text.charAt(j);
          if (c == '>' || c == '/') {
            break;
          }
          int eq = text.indexOf('=', j);
          String attribute = text.substring(j, eq).strip();
          int quote = eq + 1;
          while (Character.isWhitespace(text.charAt(quote))) {
            quote++;
          }
          char mark = text.charAt(quote);
          int close = text.indexOf(mark, quote + 1);
          element.attributes.put(attribute, text.substring(quote + 1, close));
          j = close + 1;
        }
        element.selfClosing = text.charAt(j) == '/';
        int gt = text.indexOf('>', j);
        line += count(text, lt, gt);
        element.contentStart = gt + 1;
        if (element.selfClosing) {
          element.contentEnd = gt + 1;
          element.end = gt + 1;
        }
        if (open.isEmpty()) {
          root = element;
        } else {
          open.peek().children.add(element);
        }
        if (!element.selfClosing) {
          open.push(element);
        }
        i = gt + 1;
        continue;
      }
      line += count(text, lt, i);
    }
    if (root == null) {
      throw new FormatException(path, 1, 1, "no root element");
    }
    return root;
  }

  private static int skip(String text, int from, String terminator) {
    int end = text.indexOf(terminator, from);
    return end < 0 ? text.length() : end + terminator.length();
  }

  private static int count(String text, int from, int to) {
    int lines = 0;
    for (int k = Math.max(0, from); k < Math.min(to, text.length()); k++) {
      if (text.charAt(k) == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
