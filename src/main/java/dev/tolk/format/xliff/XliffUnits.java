package dev.tolk.format.xliff;

import dev.tolk.format.FormatException;
import dev.tolk.format.TextFile;
import dev.tolk.format.xml.XmlElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds an XLIFF file's translatable segments, keyed by unit id (and {@code #n} for the segments of
 * a 2.0 unit that has several), with the unit's notes; units marked {@code translate="no"} are left
 * out.
 */
final class XliffUnits {
  private final TextFile file;
  private final XliffVersion version;
  private final Map<String, XliffUnit> units = new LinkedHashMap<>();

  XliffUnits(TextFile file, XliffVersion version) {
    this.file = file;
    this.version = version;
  }

  /**
   * @throws FormatException for a unit without an id, or an id used twice
   */
  Map<String, XliffUnit> read(XmlElement root) {
    collect(root);
    return units;
  }

  private void collect(XmlElement element) {
    for (XmlElement child : element.children) {
      if (child.name.equals(version.unitName())) {
        if (!"no".equals(child.attribute("translate"))) {
          unit(child);
        }
      } else {
        collect(child);
      }
    }
  }

  private void unit(XmlElement element) {
    String id = element.attribute("id");
    if (id == null) {
      throw new FormatException(file.path(), element.line, 1, "a unit without an id");
    }
    List<String> notes = new ArrayList<>();
    collectNotes(element, notes);
    String note = notes.isEmpty() ? null : String.join("\n", notes);
    List<XmlElement> containers = version.segments(element);
    for (int i = 0; i < containers.size(); i++) {
      XmlElement container = containers.get(i);
      XmlElement source = container.child("source");
      if (source == null) {
        continue;
      }
      String key = containers.size() == 1 ? id : id + "#" + (i + 1);
      if (units.put(
              key, new XliffUnit(key, element, container, source, container.child("target"), note))
          != null) {
        throw new FormatException(file.path(), element.line, 1, "duplicate unit id '" + id + "'");
      }
    }
  }

  private void collectNotes(XmlElement element, List<String> notes) {
    for (XmlElement child : element.children) {
      if (child.name.equals("note")) {
        notes.add(XliffText.content(file.text(), child).strip());
      } else if (child.name.equals("notes")) {
        collectNotes(child, notes);
      }
    }
  }
}
