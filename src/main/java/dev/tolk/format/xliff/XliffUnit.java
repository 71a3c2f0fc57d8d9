package dev.tolk.format.xliff;

import dev.tolk.format.xml.XmlElement;

/**
 * One translatable segment: in XLIFF 1.2 a trans-unit, in 2.0 a unit's segment.
 *
 * @param element the trans-unit or unit (for insertion and removal)
 * @param container what holds source and target: the trans-unit, or the segment
 * @param target null when there is none yet
 */
record XliffUnit(
    String key,
    XmlElement element,
    XmlElement container,
    XmlElement source,
    XmlElement target,
    String note) {

  /**
   * The size limit in characters: XLIFF 1.2 {@code maxwidth} (in characters when {@code size-unit}
   * is absent or "char"), XLIFF 2.0 {@code slr:sizeRestriction}; null when none.
   */
  Integer maxLength() {
    for (XmlElement holder : new XmlElement[] {container, element}) {
      String width = holder.attribute("maxwidth");
      String unit = holder.attribute("size-unit");
      if (width != null && (unit == null || unit.equals("char"))) {
        return number(width);
      }
      for (var attribute : holder.attributes.entrySet()) {
        if (attribute.getKey().endsWith(":sizeRestriction")) {
          return number(attribute.getValue());
        }
      }
    }
    return null;
  }

  private static Integer number(String value) {
    try {
      int limit = Integer.parseInt(value.strip());
      return limit > 0 ? limit : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
