package dev.tolk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rules docs/architecture.md states, checked against the sources. */
class ArchitectureTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/tolk");
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?dev\\.tolk\\.(\\w+)\\.", Pattern.MULTILINE);

  /** What each package may import from the others. */
  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "core", Set.of(),
          "config", Set.of("core"),
          "format", Set.of("core"),
          "state", Set.of("core"),
          "anthropic", Set.of("core"),
          "provider", Set.of("core", "config", "anthropic"),
          "batch", Set.of("core", "state", "anthropic", "provider"),
          "app", Set.of("core", "config", "format", "state", "anthropic", "provider", "batch"),
          "cli", Set.of("core", "config", "anthropic", "provider", "batch", "app"));

  @Test
  void eachPackageImportsOnlyTheLayersBelowIt() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Path file : sources()) {
      String pkg = SOURCES.relativize(file).getName(0).toString();
      if (!ALLOWED.containsKey(pkg)) {
        continue; // App.java, the entry point
      }
      Matcher imports = IMPORT.matcher(Files.readString(file));
      while (imports.find()) {
        String imported = imports.group(1);
        if (!imported.equals(pkg) && !ALLOWED.get(pkg).contains(imported)) {
          violations.add(SOURCES.relativize(file) + " imports " + imported);
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void noProviderNameOutsideTheProviderPackage() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Path file : sources()) {
      if (SOURCES.relativize(file).startsWith("provider")) {
        continue;
      }
      String text = Files.readString(file);
      if (text.contains("\"pseudo\"") || text.contains("\"claude\"")) {
        violations.add(SOURCES.relativize(file).toString());
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void noSourceFileIsLong() throws IOException {
    for (Path file : sources()) {
      long lines = Files.readAllLines(file).size();
      assertTrue(lines <= 270, file + " has " + lines + " lines");
    }
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(file -> file.toString().endsWith(".java")).toList();
    }
  }
}
