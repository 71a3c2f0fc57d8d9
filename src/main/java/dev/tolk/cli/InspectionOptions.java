package dev.tolk.cli;

import dev.tolk.app.ProjectSelection;
import dev.tolk.config.Overrides;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What {@code check} and {@code status} look at: the project, narrowed by language, key, file. */
final class InspectionOptions {
  @Mixin ConfigOption config = new ConfigOption();

  @Option(
      names = {"-t", "--target-lang"},
      split = ",",
      paramLabel = "LANG",
      description = "Only these languages.")
  List<String> targets;

  @Option(names = "--key", paramLabel = "PATTERN", description = "Only keys matching this glob.")
  String keyPattern;

  @Option(
      names = "--file",
      paramLabel = "GLOB",
      description = "Only source files matching this glob.")
  String fileFilter;

  ProjectSelection selection() {
    return new ProjectSelection(config.file, null, null, keyPattern, fileFilter);
  }

  Overrides overrides() {
    return Overrides.builder().targets(targets).build();
  }
}
