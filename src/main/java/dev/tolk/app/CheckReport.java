package dev.tolk.app;

import java.util.List;

/**
 * What {@code tolk check} found.
 *
 * @param checked translations looked at
 * @param findings what fails the check
 * @param warnings what the quality checks noticed without failing it (glossary, script)
 */
public record CheckReport(
    int checked, List<Finding> findings, List<Finding> warnings, List<FileProblem> problems) {

  /** One translation that is missing, stale or invalid. */
  public record Finding(String file, String key, String language, String problem) {}
}
