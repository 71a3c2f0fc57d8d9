package dev.tolk.app;

import dev.tolk.core.InputException;
import dev.tolk.core.LanguageCode;
import dev.tolk.state.AtomicFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code tolk init}: a starter tolk.yaml with every setting explained. Never overwrites one. */
public final class Starter {
  private final Environment environment;

  public Starter(Environment environment) {
    this.environment = environment;
  }

  public Path write(List<String> targets) {
    Path file = environment.workingDirectory().resolve("tolk.yaml");
    if (Files.exists(file)) {
      throw new InputException(file + " already exists; edit it instead");
    }
    List<String> languages = targets == null || targets.isEmpty() ? List.of("fr", "de") : targets;
    languages.forEach(LanguageCode::require);
    String text =
        """
        # tolk project configuration. Precedence: flag > environment > this file > shipped defaults.
        source: en                        # the language of the source files (BCP 47)
        targets: [%s]                     # the languages to translate into
        provider: claude                  # claude (ANTHROPIC_API_KEY from the environment) | pseudo (offline)
        model: claude-sonnet-5            # any model id; prices for known models ship with tolk

        files:                            # paths or globs relative to this file, and where each language goes
          - source: locales/en.json
            output: locales/{lang}.json
        #  - source: src/main/resources/messages.properties
        #    output: src/main/resources/messages_{lang}.properties
        #  - source: res/values/strings.xml          # the output may be left out: each format has a convention

        # remove-deleted-keys: true       # keys tolk wrote whose source key is gone are removed

        batch:
          threshold: 100                  # above this many pending units, the Batch API is used (half the price)
          poll-interval: 60s              # how often a batch is checked
        #  max-wait: 25h                  # stop waiting (exit 75) and collect later with `tolk resume`
        """
            .formatted(String.join(", ", languages));
    AtomicFile.write(file, text.getBytes(StandardCharsets.UTF_8));
    return file;
  }
}
