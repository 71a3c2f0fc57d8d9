package dev.tolk.app;

import dev.tolk.core.InputException;
import dev.tolk.core.LanguageCode;
import dev.tolk.state.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code tolk init}: a tolk.yaml for the project as it is (the localization files found where
 * frameworks keep them, their source language and the languages already there), with every setting
 * explained, and {@code .tolk/} in {@code .gitignore}. Never overwrites a tolk.yaml.
 */
public final class Starter {
  private final Environment environment;

  public Starter(Environment environment) {
    this.environment = environment;
  }

  /**
   * What init wrote.
   *
   * @param found the localization files it found, described ("Rails: config/locales/en.yml")
   * @param targets the target languages it wrote
   */
  public record Result(Path file, List<String> found, List<String> targets) {}

  /**
   * @param targets the languages to translate into; null or empty: those already in the project,
   *     else fr and de
   */
  public Result write(List<String> targets) {
    Path root = environment.workingDirectory();
    Path file = root.resolve("tolk.yaml");
    if (Files.exists(file)) {
      throw new InputException(file + " already exists; edit it instead");
    }
    List<ProjectDiscovery.Found> found = ProjectDiscovery.discover(root);
    String source = found.isEmpty() ? "en" : found.get(0).language();
    Set<String> languages = new LinkedHashSet<>();
    if (targets != null && !targets.isEmpty()) {
      targets.forEach(target -> languages.add(LanguageCode.require(target)));
    } else {
      found.forEach(entry -> languages.addAll(entry.languages()));
      languages.remove(source);
      if (languages.isEmpty()) {
        languages.addAll(List.of("fr", "de"));
      }
    }
    languages.remove(source);
    AtomicFile.write(
        file, text(source, List.copyOf(languages), found).getBytes(StandardCharsets.UTF_8));
    ignoreState(root);
    List<String> described = new ArrayList<>();
    found.forEach(entry -> described.add(entry.kind() + ": " + entry.source()));
    return new Result(file, described, List.copyOf(languages));
  }

  private static String text(
      String source, List<String> targets, List<ProjectDiscovery.Found> found) {
    StringBuilder files = new StringBuilder();
    for (ProjectDiscovery.Found entry : found) {
      files.append("  - source: ").append(entry.source());
      files.append("  # ").append(entry.kind()).append('\n');
      if (entry.output() != null) {
        files.append("    output: ").append(entry.output()).append('\n');
      }
    }
    if (found.isEmpty()) {
      files.append(
          """
            - source: locales/en.json         # no localization files found: point this at yours
              output: locales/{lang}.json
          #  - source: src/main/resources/messages.properties
          #    output: src/main/resources/messages_{lang}.properties
          #  - source: res/values/strings.xml          # the output may be left out: each format has a convention
          """);
    }
    return """
        # tolk project configuration. Precedence: flag > environment > this file > shipped defaults.
        source: %s                        # the language of the source files (BCP 47)
        targets: [%s]                     # the languages to translate into
        provider: claude                  # claude (ANTHROPIC_API_KEY from the environment) | pseudo (offline)
        model: claude-sonnet-5            # any model id; prices for known models ship with tolk

        files:                            # paths or globs relative to this file, and where each language goes
        %s
        # remove-deleted-keys: true       # keys tolk wrote whose source key is gone are removed

        # context: "What the product is and who uses it."   # told to the model, with tone, style and glossary
        # tone: {de: informal}
        # glossary: {keep: ["Product Name"]}

        batch:
          threshold: 100                  # above this many pending units, the Batch API is used (half the price)
          poll-interval: 60s              # how often a batch is checked
        #  max-wait: 25h                  # stop waiting (exit 75) and collect later with `tolk resume`
        """
        .formatted(source, String.join(", ", targets), files.toString().stripTrailing());
  }

  /** {@code .tolk/} is tolk's working state, not the project's: git should not see it. */
  private static void ignoreState(Path root) {
    Path ignore = root.resolve(".gitignore");
    try {
      String current = Files.exists(ignore) ? Files.readString(ignore) : "";
      if (current
          .lines()
          .anyMatch(line -> line.strip().equals(".tolk/") || line.strip().equals(".tolk"))) {
        return;
      }
      String separator = current.isEmpty() || current.endsWith("\n") ? "" : "\n";
      AtomicFile.write(ignore, (current + separator + ".tolk/\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
