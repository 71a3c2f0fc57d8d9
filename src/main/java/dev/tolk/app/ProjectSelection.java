package dev.tolk.app;

import java.nio.file.Path;
import java.util.List;

/**
 * Which project, and which part of it, a command works on.
 *
 * @param configFile the tolk.yaml (null: the one in the current folder)
 * @param files files named on the command line ({@code tolk translate}), or null for a project
 * @param outputPattern for files named on the command line: where each language goes, or null
 * @param keyPattern a glob: only keys that match, or null
 * @param fileFilter a glob: only source files whose project-relative path matches, or null
 */
public record ProjectSelection(
    Path configFile, List<Path> files, String outputPattern, String keyPattern, String fileFilter) {

  /** The project of a config file, all of it. */
  public static ProjectSelection config(Path configFile) {
    return new ProjectSelection(configFile, null, null, null, null);
  }
}
