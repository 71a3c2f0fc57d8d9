package dev.tolk.format.po;

import dev.tolk.format.FormatException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A PO file's entries by key, its header entry and fields, and its plural forms; obsolete entries
 * left out.
 *
 * @param header the header entry (empty msgid), or null
 * @param forms the Plural-Forms header's, or null when the file has none
 */
record PoIndex(
    Map<String, PoEntry> byKey, PoEntry header, Map<String, String> headers, PluralForms forms) {

  /**
   * @throws FormatException for a message that appears twice or an invalid Plural-Forms header
   */
  static PoIndex of(String path, List<PoEntry> entries) {
    Map<String, PoEntry> byKey = new LinkedHashMap<>();
    Map<String, String> headers = new LinkedHashMap<>();
    PoEntry found = null;
    for (PoEntry entry : entries) {
      if (entry.obsolete) {
        continue;
      }
      if (entry.header()) {
        found = entry;
        continue;
      }
      PoEntry first = byKey.put(entry.key(), entry);
      if (first != null) {
        throw new FormatException(
            path,
            entry.line,
            1,
            "duplicate message '"
                + PoReader.abbreviate(entry.id)
                + "' (first at line "
                + first.line
                + ")");
      }
    }
    if (found != null && !found.strings.isEmpty()) {
      for (String line : found.strings.get(0).split("\n")) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
      }
    }
    try {
      return new PoIndex(byKey, found, headers, PluralForms.parse(headers.get("Plural-Forms")));
    } catch (IllegalArgumentException e) {
      throw new FormatException(
          path, found.line, 1, "invalid Plural-Forms header (" + e.getMessage() + ")");
    }
  }
}
