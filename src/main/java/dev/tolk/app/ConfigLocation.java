package dev.tolk.app;

import dev.tolk.core.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a project's tolk.yaml is, and so its root and its {@code .tolk/} state. */
final class ConfigLocation {
  private ConfigLocation() {}

  /**
   * The config file given (relative to the working folder), else {@code tolk.yaml} there.
   *
   * @throws ConfigurationException when there is no such file
   */
  static Path configFile(Environment environment, Path given) {
    Path configFile =
        environment
            .workingDirectory()
            .resolve(given == null ? Path.of("tolk.yaml") : given)
            .toAbsolutePath()
            .normalize();
    if (!Files.isRegularFile(configFile)) {
      throw new ConfigurationException(
          configFile
              + ": config file not found (see the README for an example, or use `tolk translate FILE -t LANG`)");
    }
    return configFile;
  }

  /** The project's {@code .tolk/} folder, beside its config file (which need not exist yet). */
  static Path stateFolder(Environment environment, Path given) {
    Path cwd = environment.workingDirectory();
    return (given == null ? cwd : cwd.resolve(given).toAbsolutePath().normalize().getParent())
        .resolve(".tolk");
  }
}
