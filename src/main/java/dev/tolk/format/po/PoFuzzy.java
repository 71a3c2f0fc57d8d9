package dev.tolk.format.po;

import dev.tolk.format.EditPlan;
import dev.tolk.format.ReviewState;
import dev.tolk.format.TextFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code fuzzy} flag of a gettext entry: a translation nobody confirmed. A validated
 * translation replacing it drops it; {@code review: mark} sets it on machine translations.
 */
final class PoFuzzy {
  private PoFuzzy() {}

  /** The file's text with the entries of the given keys marked fuzzy, or unmarked if reviewed. */
  static String mark(
      Map<String, PoEntry> byKey, PoEntry header, TextFile file, Map<String, ReviewState> states) {
    EditPlan plan = new EditPlan(file.text());
    states.forEach(
        (key, state) -> {
          PoEntry entry = byKey.get(key);
          if (entry == null || entry == header) {
            return;
          }
          if (state == ReviewState.REVIEWED) {
            remove(entry, plan, file);
          } else if (!entry.flags.contains("fuzzy")) {
            add(entry, plan, file);
          }
        });
    return plan.apply();
  }

  /** Adds the flag: to the entry's flags line, or as one just before its msgctxt or msgid. */
  static void add(PoEntry entry, EditPlan plan, TextFile file) {
    if (entry.flagsStart >= 0) {
      List<String> flags = new ArrayList<>(entry.flags);
      flags.add(0, "fuzzy");
      plan.replace(
          entry.flagsStart, entry.flagsEnd, "#, " + String.join(", ", flags) + file.newline());
      return;
    }
    String text = file.text();
    int at = entry.start;
    while (at < entry.end && text.charAt(at) == '#') {
      int next = text.indexOf('\n', at);
      at = next < 0 ? entry.end : next + 1;
    }
    plan.insert(at, "#, fuzzy" + file.newline());
  }

  /** Removes the flag (and the flags line when it was the only one). */
  static void remove(PoEntry entry, EditPlan plan, TextFile file) {
    if (!entry.flags.contains("fuzzy")) {
      return;
    }
    List<String> rest = entry.flags.stream().filter(flag -> !flag.equals("fuzzy")).toList();
    String line = rest.isEmpty() ? "" : "#, " + String.join(", ", rest) + file.newline();
    plan.replace(entry.flagsStart, entry.flagsEnd, line);
  }
}
