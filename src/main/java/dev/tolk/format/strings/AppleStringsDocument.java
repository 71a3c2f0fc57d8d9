package dev.tolk.format.strings;

import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.core.message.Dialect;
import dev.tolk.core.message.Message;
import dev.tolk.format.EditPlan;
import dev.tolk.format.Escapes;
import dev.tolk.format.FormatException;
import dev.tolk.format.LocalizationDocument;
import dev.tolk.format.TextFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An Apple {@code .strings} file: {@code "key" = "value";} pairs with C comments, the one right
 * above a pair being its note. A key that appears twice (real files have that) keeps both
 * occurrences, both updated; the last one counts, as for Foundation.
 */
public final class AppleStringsDocument implements LocalizationDocument<AppleStringsDocument> {
  /** One pair: the offsets of the whole pair (with its comment) and of the value literal. */
  private record Pair(
      String key,
      String value,
      String note,
      int line,
      int start,
      int end,
      int valueStart,
      int valueEnd) {}

  private static final Escapes ESCAPES =
      Escapes.of("\"\\\n\t\r", "\"\\ntr").withUnicode("uU", false);

  private final TextFile file;
  private final String text;
  private final List<Pair> pairs = new ArrayList<>();
  private final Map<String, Pair> last = new LinkedHashMap<>();

  private AppleStringsDocument(TextFile file) {
    this.file = file;
    this.text = file.text();
  }

  static AppleStringsDocument parse(TextFile file) {
    AppleStringsDocument document = new AppleStringsDocument(file);
    document.read();
    return document;
  }

  private void read() {
    int i = 0;
    String comment = null;
    int commentStart = -1;
    while (true) {
      int afterSpace = skipSpace(i);
      if (afterSpace >= text.length()) {
        return;
      }
      if (text.startsWith("/*", afterSpace)) {
        int end = text.indexOf("*/", afterSpace + 2);
        if (end < 0) {
          throw error(afterSpace, "unterminated comment");
        }
        comment = text.substring(afterSpace + 2, end).strip();
        commentStart = afterSpace;
        i = end + 2;
        continue;
      }
      if (text.startsWith("//", afterSpace)) {
        int end = text.indexOf('\n', afterSpace);
        end = end < 0 ? text.length() : end;
        comment = text.substring(afterSpace + 2, end).strip();
        commentStart = afterSpace;
        i = end;
        continue;
      }
      int pairStart =
          comment != null && text.substring(commentStart, afterSpace).indexOf("\n\n") < 0
              ? commentStart
              : afterSpace;
      int[] key = literal(afterSpace);
      int equals = skipSpace(key[1]);
      if (equals >= text.length() || text.charAt(equals) != '=') {
        throw error(equals, "expected '=' after the key");
      }
      int valueStart = skipSpace(equals + 1);
      int[] value = literal(valueStart);
      int semicolon = skipSpace(value[1]);
      if (semicolon >= text.length() || text.charAt(semicolon) != ';') {
        throw error(semicolon, "expected ';' after the value");
      }
      String keyText = unescape(key);
      Pair pair =
          new Pair(
              keyText,
              unescape(value),
              comment,
              line(afterSpace),
              pairStart,
              semicolon + 1,
              valueStart,
              value[1]);
      pairs.add(pair);
      last.put(keyText, pair);
      comment = null;
      i = semicolon + 1;
    }
  }

  /** A quoted string or a bare word: {start, end} of its source text. */
  private int[] literal(int start) {
    if (start < text.length() && text.charAt(start) == '"') {
      int i = start + 1;
      while (i < text.length() && text.charAt(i) != '"') {
        i += text.charAt(i) == '\\' ? 2 : 1;
      }
      if (i >= text.length()) {
        throw error(start, "unterminated string");
      }
      return new int[] {start, i + 1};
    }
    int i = start;
    while (i < text.length()
        && (Character.isLetterOrDigit(text.charAt(i)) || "_.-$".indexOf(text.charAt(i)) >= 0)) {
      i++;
    }
    if (i == start) {
      throw error(start, "expected a quoted string");
    }
    return new int[] {start, i};
  }

  private String unescape(int[] span) {
    String raw = text.substring(span[0], span[1]);
    return raw.startsWith("\"") ? ESCAPES.unescape(raw.substring(1, raw.length() - 1)) : raw;
  }

  private static String quote(String value) {
    return '"' + ESCAPES.escape(value) + '"';
  }

  private int skipSpace(int from) {
    int i = from;
    while (i < text.length()
        && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    return i;
  }

  private int line(int offset) {
    return file.position(offset)[0];
  }

  private FormatException error(int offset, String problem) {
    int[] place = file.position(offset);
    return new FormatException(file.path(), place[0], place[1], problem);
  }

  @Override
  public Catalog catalog() {
    List<Entry> entries = new ArrayList<>();
    for (Pair pair : last.values()) {
      entries.add(
          new Entry(
              pair.key(),
              new Message.Text(pair.value(), Dialect.PRINTF),
              pair.note(),
              pair.line()));
    }
    return new Catalog(entries);
  }

  @Override
  public byte[] update(
      Map<String, Message> values, Set<String> removals, AppleStringsDocument source) {
    EditPlan plan = new EditPlan(text);
    for (Pair pair : pairs) {
      String value = text(values, pair.key());
      if (value != null && !value.equals(last.get(pair.key()).value())) {
        plan.replace(pair.valueStart(), pair.valueEnd(), quote(value));
      }
      if (removals.contains(pair.key()) && value == null) {
        plan.deleteLines(pair.start(), pair.end());
      }
    }
    Pair anchor = null;
    for (Pair sourcePair : source.last.values()) {
      Pair existing = last.get(sourcePair.key());
      String value = text(values, sourcePair.key());
      if (existing != null) {
        if (!removals.contains(existing.key())) {
          anchor = existing;
        }
      } else if (value != null) {
        String nl = file.newline();
        String block =
            (sourcePair.note() != null ? "/* " + sourcePair.note() + " */" + nl : "")
                + quote(sourcePair.key())
                + " = "
                + quote(value)
                + ";";
        int at = anchor != null ? anchor.end() : text.length();
        boolean firstAtEnd = at == text.length() && !plan.insertsAt(at);
        plan.insert(
            at,
            (firstAtEnd && !text.endsWith("\n") && !text.isEmpty() ? nl : "")
                + (anchor != null ? nl + nl + block : block + nl));
      }
    }
    return file.encode(plan.apply());
  }

  private static String text(Map<String, Message> values, String key) {
    Message value = values.get(key);
    return value == null ? null : value.canonical();
  }

  /** A new file: this one with the translated values, and the untranslated pairs left out. */
  @Override
  public byte[] translateInto(Map<String, Message> values, String language) {
    EditPlan plan = new EditPlan(text);
    for (Pair pair : pairs) {
      String value = text(values, pair.key());
      if (value != null) {
        plan.replace(pair.valueStart(), pair.valueEnd(), quote(value));
      } else {
        plan.deleteLines(pair.start(), pair.end());
      }
    }
    return file.encode(plan.apply());
  }
}
