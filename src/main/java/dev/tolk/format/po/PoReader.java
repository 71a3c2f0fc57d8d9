package dev.tolk.format.po;

import dev.tolk.format.FormatException;
import dev.tolk.format.TextFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a PO text into entries: blocks of comment and keyword lines separated by blank lines. */
final class PoReader {
  private static final Pattern KEYWORD =
      Pattern.compile("(msgctxt|msgid_plural|msgid|msgstr(?:\\[(\\d+)])?)\\s+\"(.*)\"\\s*");

  private PoReader() {}

  static List<PoEntry> read(TextFile file) {
    String text = file.text();
    List<PoEntry> entries = new ArrayList<>();
    PoEntry entry = null;
    String field = null;
    int position = 0;
    int lineNumber = 0;
    while (position < text.length()) {
      int lineEnd = text.indexOf('\n', position);
      int next = lineEnd < 0 ? text.length() : lineEnd + 1;
      String line =
          text.substring(position, lineEnd < 0 ? text.length() : lineEnd).replaceFirst("\r$", "");
      lineNumber++;
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        entry = finish(entries, entry);
        field = null;
      } else {
        if (entry == null) {
          entry = new PoEntry();
          entry.start = position;
          entry.line = lineNumber;
        }
        entry.end = next;
        if (trimmed.startsWith("#~")) {
          entry.obsolete = true;
        } else if (trimmed.startsWith("#,")) {
          for (String flag : trimmed.substring(2).split(",")) {
            entry.flags.add(flag.strip());
          }
          entry.flagsStart = position;
          entry.flagsEnd = next;
        } else if (trimmed.startsWith("#.")
            || (trimmed.startsWith("#") && (trimmed.length() == 1 || trimmed.charAt(1) == ' '))) {
          String comment = trimmed.substring(trimmed.startsWith("#.") ? 2 : 1).strip();
          if (!comment.isEmpty()) {
            entry.comments.add(comment);
          }
        } else if (trimmed.startsWith("#")) {
          // references (#:) and previous strings (#|) are kept as they are
        } else if (trimmed.startsWith("\"")) {
          if (field == null || !trimmed.endsWith("\"") || trimmed.length() < 2) {
            throw new FormatException(
                file.path(), lineNumber, 1, "a string line must continue a msgid or msgstr");
          }
          append(entry, field, PoStrings.unescape(trimmed.substring(1, trimmed.length() - 1)));
          if (field.startsWith("msgstr")) {
            entry.stringsEnd = next;
          }
        } else {
          Matcher matcher = KEYWORD.matcher(trimmed);
          if (!matcher.matches()) {
            throw new FormatException(
                file.path(),
                lineNumber,
                1,
                "expected msgctxt, msgid, msgid_plural or msgstr: " + abbreviate(trimmed));
          }
          field = matcher.group(1);
          String value = PoStrings.unescape(matcher.group(3));
          if (field.startsWith("msgstr")) {
            int index = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
            if (index != entry.strings.size()) {
              throw new FormatException(
                  file.path(), lineNumber, 1, "msgstr[" + index + "] out of order");
            }
            entry.strings.add("");
            if (entry.stringsStart < 0) {
              entry.stringsStart = position;
            }
            entry.stringsEnd = next;
          }
          set(entry, field, value);
        }
      }
      position = next;
    }
    finish(entries, entry);
    return entries;
  }

  private static PoEntry finish(List<PoEntry> entries, PoEntry entry) {
    if (entry != null && (entry.id != null || entry.obsolete)) {
      entries.add(entry);
    }
    return null;
  }

  private static void set(PoEntry entry, String field, String value) {
    switch (field) {
      case "msgctxt" -> entry.context = value;
      case "msgid" -> entry.id = value;
      case "msgid_plural" -> entry.idPlural = value;
      default -> entry.strings.set(entry.strings.size() - 1, value);
    }
  }

  private static void append(PoEntry entry, String field, String value) {
    switch (field) {
      case "msgctxt" -> entry.context += value;
      case "msgid" -> entry.id += value;
      case "msgid_plural" -> entry.idPlural += value;
      default ->
          entry.strings.set(
              entry.strings.size() - 1, entry.strings.get(entry.strings.size() - 1) + value);
    }
  }

  static String abbreviate(String line) {
    return line.length() > 40 ? line.substring(0, 40) + "..." : line;
  }
}
