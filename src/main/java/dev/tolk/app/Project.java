package dev.tolk.app;

import dev.tolk.config.Settings;
import java.nio.file.Path;
import java.util.List;

/**
 * A loaded project: its settings, every source with its targets read, and the files that could not
 * be read (reported, skipped).
 *
 * @param root the folder of tolk.yaml, or the current folder for {@code tolk translate}
 * @param sources how many source files it has
 */
record Project(
    Settings settings, Path root, int sources, List<TargetJob> jobs, List<FileProblem> problems) {

  /** {@code .tolk/}: the journal of batch runs, the project lock. */
  Path stateFolder() {
    return root.resolve(".tolk");
  }

  /** {@code tolk.lock}, beside tolk.yaml. */
  Path lockFile() {
    return root.resolve("tolk.lock");
  }
}
