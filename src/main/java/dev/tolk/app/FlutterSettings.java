package dev.tolk.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * What a Flutter project's {@code l10n.yaml} says about its ARB files: with {@code use-escaping:
 * true}, apostrophes quote ICU syntax; without it (Flutter's default) they are literal text.
 */
final class FlutterSettings {
  private FlutterSettings() {}

  static boolean useEscaping(Path projectRoot) {
    Path file = projectRoot.resolve("l10n.yaml");
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      Object loaded = new Yaml(new LoaderOptions()).load(in);
      return loaded instanceof Map<?, ?> map && Boolean.TRUE.equals(map.get("use-escaping"));
    } catch (IOException | RuntimeException e) {
      return false; // not ours to validate: Flutter's own tools report a broken l10n.yaml
    }
  }
}
