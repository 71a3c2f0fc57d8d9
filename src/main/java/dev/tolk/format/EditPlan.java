package dev.tolk.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The edits of one write of a file, in the file's own offsets: spans replaced, text inserted (what
 * is inserted at one offset keeps the order it was added in), whole lines deleted. Applied in one
 * pass, linear in the text; every character no edit touches stays as it was.
 */
public final class EditPlan {
  private final String text;
  private final int from;
  private final int to;
  private final List<TextEdit> edits = new ArrayList<>();
  private final Map<Integer, StringBuilder> insertions = new LinkedHashMap<>();

  public EditPlan(String text) {
    this(text, 0, text.length());
  }

  /**
   * A plan for a part of a text (from {@code from} to {@code to}), in the whole text's offsets:
   * {@link #apply()} gives that part, edited.
   */
  public EditPlan(String text, int from, int to) {
    this.text = text;
    this.from = from;
    this.to = to;
  }

  public String text() {
    return text;
  }

  /** Replaces the characters from start to end (exclusive). */
  public EditPlan replace(int start, int end, String replacement) {
    edits.add(new TextEdit(start, end, replacement));
    return this;
  }

  /** Inserts text at an offset, after whatever this plan already inserts there. */
  public EditPlan insert(int at, String inserted) {
    insertions.computeIfAbsent(at, a -> new StringBuilder()).append(inserted);
    return this;
  }

  /** Whether this plan already inserts something at an offset. */
  public boolean insertsAt(int at) {
    return insertions.containsKey(at);
  }

  /** Deletes the lines from the one holding {@code start} to the one holding {@code end - 1}. */
  public EditPlan deleteLines(int start, int end) {
    return replace(Lines.start(text, start), Lines.next(text, end), "");
  }

  public String apply() {
    List<TextEdit> all = new ArrayList<>();
    edits.forEach(
        edit -> all.add(new TextEdit(edit.start() - from, edit.end() - from, edit.text())));
    insertions.forEach(
        (at, inserted) -> all.add(new TextEdit(at - from, at - from, inserted.toString())));
    return TextEdit.apply(from == 0 && to == text.length() ? text : text.substring(from, to), all);
  }
}
