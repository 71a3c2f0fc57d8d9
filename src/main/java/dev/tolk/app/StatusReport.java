package dev.tolk.app;

import java.util.List;

/**
 * Where a project stands, per source file and language, and in total: what {@code tolk status}
 * prints.
 */
public record StatusReport(List<Row> rows, Row total, List<FileProblem> problems) {

  /**
   * One source file in one language (the total has file and language null).
   *
   * @param translated current translations (a person's edits and reviewed ones included)
   * @param missing no translation yet
   * @param stale the source (or what the brief says about it) changed since it was translated
   * @param edited translated by tolk, then changed by a person: kept
   * @param standIns only a pseudo-localized stand-in
   * @param invalid translations the validator rejects (placeholders, plurals, limits)
   * @param warnings translations the quality checks warn about
   * @param reviewed translations a review pass has looked at
   */
  public record Row(
      String file,
      String language,
      String target,
      int keys,
      int translated,
      int missing,
      int stale,
      int edited,
      int standIns,
      int invalid,
      int warnings,
      int reviewed) {

    Row plus(Inspection inspection) {
      Inspection.State state = inspection.state();
      boolean current = state == Inspection.State.TRANSLATED || state == Inspection.State.EDITED;
      return new Row(
          file,
          language,
          target,
          keys + 1,
          translated + (current ? 1 : 0),
          missing + (state == Inspection.State.MISSING ? 1 : 0),
          stale
              + (state == Inspection.State.STALE
                      || state == Inspection.State.STALE_AND_EDITED
                      || state == Inspection.State.BRIEF_CHANGED
                  ? 1
                  : 0),
          edited
              + (state == Inspection.State.EDITED || state == Inspection.State.STALE_AND_EDITED
                  ? 1
                  : 0),
          standIns + (state == Inspection.State.PSEUDO ? 1 : 0),
          invalid + (inspection.problems().isEmpty() ? 0 : 1),
          warnings + (inspection.warnings().isEmpty() ? 0 : 1),
          reviewed + (inspection.reviewed() ? 1 : 0));
    }

    Row plus(Row other) {
      return new Row(
          file,
          language,
          target,
          keys + other.keys,
          translated + other.translated,
          missing + other.missing,
          stale + other.stale,
          edited + other.edited,
          standIns + other.standIns,
          invalid + other.invalid,
          warnings + other.warnings,
          reviewed + other.reviewed);
    }

    static Row empty(String file, String language, String target) {
      return new Row(file, language, target, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Nothing left to do: all translated and valid. */
    public boolean complete() {
      return missing == 0 && stale == 0 && standIns == 0 && invalid == 0;
    }
  }
}
