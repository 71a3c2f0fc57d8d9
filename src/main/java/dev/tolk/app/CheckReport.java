package dev.tolk.app;

import java.util.List;

/**
 * What {@code tolk check} found.
 *
 * @param checked translations looked at
 */
public record CheckReport(int checked, List<Finding> findings, List<FileProblem> problems) {

  /** One translation that is missing, stale or invalid. */
  public record Finding(String file, String key, String language, String problem) {}
}
