package dev.tolk.app;

import dev.tolk.core.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where a project's tolk.yaml is, and so its root and its {@code .tolk/} state. */
final class ConfigLocation {
  private ConfigLocation() {}

  /**
   * The config file given (relative to the working folder), else the nearest {@code tolk.yaml} in
   * the working folder or above it (as git finds its repository: up to the folder that holds {@code
   * .git}, or the file system's root).
   *
   * @throws ConfigurationException when there is no such file
   */
  static Path configFile(Environment environment, Path given) {
    Path cwd = environment.workingDirectory().toAbsolutePath().normalize();
    Path configFile =
        given != null ? cwd.resolve(given).normalize() : nearest(cwd).orElse(cwd.resolve(NAME));
    if (!Files.isRegularFile(configFile)) {
      throw new ConfigurationException(
          configFile
              + ": config file not found"
              + (given == null ? " here or in a parent folder" : "")
              + " (see the README for an example, `tolk init` to make one, or use `tolk"
              + " translate FILE -t LANG`)");
    }
    return configFile;
  }

  /** The project's {@code .tolk/} folder, beside its config file (which need not exist yet). */
  static Path stateFolder(Environment environment, Path given) {
    Path cwd = environment.workingDirectory().toAbsolutePath().normalize();
    if (given != null) {
      return cwd.resolve(given).normalize().getParent().resolve(".tolk");
    }
    return nearest(cwd).map(Path::getParent).orElse(cwd).resolve(".tolk");
  }

  private static final String NAME = "tolk.yaml";

  private static Optional<Path> nearest(Path folder) {
    for (Path at = folder; at != null; at = at.getParent()) {
      Path candidate = at.resolve(NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
      if (Files.exists(at.resolve(".git"))) {
        return Optional.empty(); // the repository's root: a tolk.yaml above it is another project's
      }
    }
    return Optional.empty();
  }
}
