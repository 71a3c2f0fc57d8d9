package dev.tolk.app;

import java.util.List;

/**
 * Where one key of a source file stands in one language, as {@code check} and {@code status} see
 * it: read from the files and tolk.lock, nothing sent.
 *
 * @param target the target file, project-relative
 * @param problems what the validator finds wrong with the translation (empty when none or missing)
 * @param warnings what the quality checks notice without failing it
 * @param reviewed whether a review pass has looked at it
 */
record Inspection(
    String file,
    String key,
    String language,
    String target,
    State state,
    List<String> problems,
    List<String> warnings,
    boolean reviewed) {

  enum State {
    /** no translation (or only one the file marks unconfirmed that tolk did not write) */
    MISSING,
    /** the source changed since it was translated */
    STALE,
    /** the source changed, and a person edited the translation since tolk wrote it */
    STALE_AND_EDITED,
    /** the project's context, tone, style or a glossary term it contains changed */
    BRIEF_CHANGED,
    /** only a pseudo-localized stand-in */
    PSEUDO,
    /** a person edited what tolk wrote: kept as it is */
    EDITED,
    /** current */
    TRANSLATED
  }
}
