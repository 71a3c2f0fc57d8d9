package dev.tolk.app;

import dev.tolk.config.ProjectConfig;
import dev.tolk.core.ConfigurationException;
import dev.tolk.core.InputException;
import dev.tolk.format.FileFormat;
import dev.tolk.format.FormatRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds a project's source files (paths or globs relative to the project root) and where their
 * translations go. Every output path must stay inside the project, symbolic links included.
 */
final class ProjectFiles {
  private final Path root;
  private final FormatRegistry formats;

  ProjectFiles(Path root, FormatRegistry formats) {
    this.root = root.toAbsolutePath().normalize();
    this.formats = formats;
  }

  List<SourceFile> fromConfig(List<ProjectConfig.FileSpec> specs, String sourceLanguage) {
    List<SourceFile> files = new ArrayList<>();
    for (ProjectConfig.FileSpec spec : specs) {
      if (spec.source() == null || spec.source().isBlank()) {
        throw new ConfigurationException("tolk.yaml: every entry of files needs a source");
      }
      List<Path> matches = expand(spec.source());
      if (matches.isEmpty()) {
        throw new InputException(spec.source() + ": no such source file in " + root);
      }
      for (Path path : matches) {
        files.add(sourceFile(path, spec.output(), sourceLanguage));
      }
    }
    return files;
  }

  List<SourceFile> fromArguments(List<Path> paths, String outputPattern, String sourceLanguage) {
    List<SourceFile> files = new ArrayList<>();
    for (Path given : paths) {
      Path path = root.resolve(given).normalize();
      if (!Files.isRegularFile(path)) {
        throw new InputException(given + ": no such file");
      }
      files.add(sourceFile(path, outputPattern, sourceLanguage));
    }
    return files;
  }

  /** The output file for a language, checked to stay inside the project. */
  Path target(SourceFile source, String language) {
    String relative = source.relative();
    int slash = relative.lastIndexOf('/');
    String dir = slash < 0 ? "." : relative.substring(0, slash);
    String fileName = relative.substring(slash + 1);
    int dot = fileName.lastIndexOf('.');
    String name = dot < 0 ? fileName : fileName.substring(0, dot);
    String ext = dot < 0 ? "" : fileName.substring(dot + 1);
    String expanded =
        source
            .outputPattern()
            .replace("{lang}", source.format().localeName(language))
            .replace("{dir}", dir)
            .replace("{name}", name)
            .replace("{ext}", ext);
    Path target = root.resolve(expanded).normalize();
    if (!target.startsWith(root) || !realParentInside(target)) {
      throw new InputException(
          "output path '"
              + expanded
              + "' for language "
              + language
              + " is outside the project "
              + root);
    }
    if (target.equals(source.path())) {
      throw new InputException(
          source.relative()
              + ": the output pattern '"
              + source.outputPattern()
              + "' gives the source file itself; it needs {lang}");
    }
    return target;
  }

  String relative(Path path) {
    return root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  private SourceFile sourceFile(Path path, String pattern, String sourceLanguage) {
    String relative = relative(path);
    if (relative.startsWith("..")) {
      throw new InputException(path + ": is outside the project " + root);
    }
    FileFormat<?> format = formats.forFile(path.getFileName().toString());
    String outputPattern =
        pattern != null && !pattern.isBlank()
            ? pattern
            : format.defaultOutputPattern(path.getFileName().toString(), sourceLanguage);
    boolean ownConvention = pattern == null || pattern.isBlank();
    if (!outputPattern.contains("{lang}") && !ownConvention) {
      throw new ConfigurationException("output pattern '" + outputPattern + "' has no {lang}");
    }
    return new SourceFile(path, relative, format, outputPattern);
  }

  private boolean realParentInside(Path target) {
    try {
      Path realRoot = root.toRealPath();
      Path existing = target;
      while (existing != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      return existing != null && existing.toRealPath().startsWith(realRoot);
    } catch (IOException e) {
      return false;
    }
  }

  private List<Path> expand(String pattern) {
    if (!pattern.contains("*")
        && !pattern.contains("?")
        && !pattern.contains("{")
        && !pattern.contains("[")) {
      Path path = root.resolve(pattern).normalize();
      return Files.isRegularFile(path) ? List.of(path) : List.of();
    }
    var matcher = Globs.paths(pattern);
    Path base = root;
    for (String part : pattern.split("/")) {
      if (part.matches(".*[*?{\\[].*")) {
        break;
      }
      base = base.resolve(part);
    }
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(base)) {
      return walk.filter(Files::isRegularFile)
          .filter(path -> matcher.test(relative(path)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
