package dev.tolk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code -c/--config}: the commands that work on a project. */
public final class ConfigOption {
  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description = "The project config (default: ./tolk.yaml).")
  Path file;
}
