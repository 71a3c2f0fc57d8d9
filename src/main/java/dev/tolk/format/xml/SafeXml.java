package dev.tolk.format.xml;

import dev.tolk.format.FormatException;
import java.io.StringReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks that a text is well-formed XML without resolving anything: DTDs are not supported,
 * external entities are off, and a DOCTYPE is rejected outright (no XXE, no entity expansion).
 * Errors name the line and column.
 */
public final class SafeXml {
  private SafeXml() {}

  public static void check(String path, String text) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    try {
      XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(text));
      try {
        while (reader.hasNext()) {
          if (reader.next() == XMLStreamConstants.DTD) {
            var location = reader.getLocation();
            throw new FormatException(
                path,
                location.getLineNumber(),
                location.getColumnNumber(),
                "a DOCTYPE is not allowed (DTDs and entities are never resolved)");
          }
        }
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      var location = e.getLocation();
      String message =
          e.getMessage() == null
              ? "malformed XML"
              : e.getMessage()
                  .replaceFirst(
                      "(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "");
      throw new FormatException(
          path,
          location == null ? 0 : location.getLineNumber(),
          location == null ? 0 : location.getColumnNumber(),
          message.strip());
    }
  }
}
