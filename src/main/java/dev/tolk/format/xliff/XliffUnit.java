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
    String note) {}
