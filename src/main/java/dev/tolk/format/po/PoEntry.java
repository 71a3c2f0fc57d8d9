package dev.tolk.format.po;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One entry of a PO file, with the offsets a writer needs. */
final class PoEntry {
  String context;
  String id;
  String idPlural;
  final List<String> strings = new ArrayList<>();
  final Set<String> flags = new LinkedHashSet<>();
  final List<String> comments = new ArrayList<>();
  boolean obsolete;
  int line;

  /** the whole block, from its first comment to the end of its last line (with the terminator) */
  int start;

  int end;

  /** the msgstr lines, from the first msgstr keyword to the end of the last of its lines */
  int stringsStart = -1;

  int stringsEnd = -1;

  /** the "#," line, or -1 */
  int flagsStart = -1;

  int flagsEnd = -1;

  String key() {
    return context == null ? id : context + "\u0004" + id;
  }

  boolean header() {
    return context == null && "".equals(id);
  }

  /** Filled in but marked fuzzy: a translation nobody confirmed yet. */
  boolean provisional() {
    return !strings.isEmpty()
        && strings.stream().noneMatch(String::isEmpty)
        && flags.contains("fuzzy");
  }

  boolean translated() {
    return !strings.isEmpty()
        && strings.stream().noneMatch(String::isEmpty)
        && !flags.contains("fuzzy");
  }
}
