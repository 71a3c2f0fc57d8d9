package dev.tolk.app;

import dev.tolk.config.Defaults;
import dev.tolk.config.Overrides;
import dev.tolk.config.ProjectConfig;
import dev.tolk.config.Settings;
import dev.tolk.config.SettingsResolver;
import dev.tolk.core.ConfigurationException;
import dev.tolk.core.InputException;
import dev.tolk.format.FileFormat;
import dev.tolk.format.FormatRegistry;
import dev.tolk.format.LocalizationDocument;
import dev.tolk.format.TextChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Resolves the settings of a selection and reads its sources and existing targets. */
final class ProjectLoader {
  private static final Logger LOG = LoggerFactory.getLogger(ProjectLoader.class);
  private final Environment environment;

  ProjectLoader(Environment environment) {
    this.environment = environment;
  }

  Project load(ProjectSelection selection, Overrides overrides) {
    SettingsResolver resolver = new SettingsResolver(Defaults.load(), environment.variables());
    Path cwd = environment.workingDirectory();
    Path root;
    Settings settings;
    List<SourceFile> sources;
    FormatRegistry formats;
    if (selection.files() == null) {
      Path configFile = ConfigLocation.configFile(environment, selection.configFile());
      root = configFile.getParent();
      formats = FormatRegistry.forProject(FlutterSettings.useEscaping(root));
      settings = resolver.resolve(root, ProjectConfig.read(configFile), overrides);
      if (settings.files().isEmpty()) {
        throw new ConfigurationException(configFile + ": lists no files to translate");
      }
      sources =
          new ProjectFiles(root, formats).fromConfig(settings.files(), settings.sourceLanguage());
      if (selection.fileFilter() != null && !selection.fileFilter().isBlank()) {
        var filter = Globs.paths(selection.fileFilter());
        sources = sources.stream().filter(source -> filter.test(source.relative())).toList();
        if (sources.isEmpty()) {
          throw new InputException(
              "no source file of " + configFile + " matches --file " + selection.fileFilter());
        }
      }
    } else {
      root = cwd;
      formats = FormatRegistry.forProject(FlutterSettings.useEscaping(root));
      settings = resolver.resolve(cwd, null, overrides);
      sources =
          new ProjectFiles(cwd, formats)
              .fromArguments(
                  selection.files(), selection.outputPattern(), settings.sourceLanguage());
    }
    Project project = read(root, settings, sources, new ProjectFiles(root, formats));
    requireMatchingKey(project, selection.keyPattern());
    return project;
  }

  /** A --key that matches no key is a mistake to say, not a run that quietly does nothing. */
  private static void requireMatchingKey(Project project, String keyPattern) {
    if (keyPattern == null || keyPattern.isBlank() || !project.problems().isEmpty()) {
      return;
    }
    var keys = Globs.keys(keyPattern);
    boolean any =
        project.jobs().stream()
            .flatMap(job -> job.sourceCatalog().entries().stream())
            .anyMatch(entry -> keys.test(entry.key()));
    if (!any && !project.jobs().isEmpty()) {
      throw new InputException(
          "no key of the source files matches --key "
              + keyPattern
              + " (keys of JSON and YAML files are pointers such as /home/title)");
    }
  }

  private static Project read(
      Path root, Settings settings, List<SourceFile> sources, ProjectFiles projectFiles) {
    List<Path> files = new ArrayList<>();
    for (SourceFile source : sources) {
      files.add(source.path());
      for (String language : settings.targets()) {
        try {
          files.add(projectFiles.target(source, language));
        } catch (InputException e) {
          break; // a file of every language (its own target), or a pattern reported below
        }
      }
    }
    MemoryBudget.check(files, Runtime.getRuntime().maxMemory());
    List<FileProblem> problems = new ArrayList<>();
    List<TargetJob> jobs = new ArrayList<>();
    for (SourceFile source : sources) {
      jobs.addAll(jobs(source, source.format(), settings, projectFiles, problems));
    }
    return new Project(settings, root, sources.size(), jobs, problems);
  }

  /** The source file's jobs, one per target language; none when the file cannot be used. */
  private static <D extends LocalizationDocument<D>> List<TargetJob> jobs(
      SourceFile source,
      FileFormat<D> format,
      Settings settings,
      ProjectFiles projectFiles,
      List<FileProblem> problems) {
    D read = read(format, source.path(), source.relative(), settings.sourceLanguage(), problems);
    if (read == null) {
      return List.of();
    }
    D document = read.asSource();
    if (!document.translatable()) {
      LOG.info("{}: marked as not to be translated; skipped", source.relative());
      return List.of();
    }
    D sourceView = document.forLanguage(settings.sourceLanguage());
    if ((sourceView == null ? document : sourceView).catalog().size() == 0) {
      problems.add(new FileProblem(source.relative() + ": empty source: no strings to translate"));
      return List.of();
    }
    List<TargetJob> jobs = new ArrayList<>();
    for (String language : settings.targets()) {
      if (sourceView != null) { // every language lives in the source file itself
        var documents =
            new TargetDocuments<>(
                format, sourceView, language, document.forLanguage(language), true);
        jobs.add(new TargetJob(source, documents, source.path(), source.relative()));
        continue;
      }
      Path targetPath = projectFiles.target(source, language);
      String targetRelative = projectFiles.relative(targetPath);
      D target = null;
      if (Files.exists(targetPath)) {
        target = read(format, targetPath, targetRelative, language, problems);
        if (target == null) {
          continue;
        }
      }
      var documents = new TargetDocuments<>(format, document, language, target, false);
      jobs.add(new TargetJob(source, documents, targetPath, targetRelative));
    }
    return jobs;
  }

  private static <D extends LocalizationDocument<D>> D read(
      FileFormat<D> format,
      Path path,
      String relative,
      String language,
      List<FileProblem> problems) {
    try {
      D document = format.parse(relative, Files.readAllBytes(path), language);
      D view = document.forLanguage(language);
      TextChecks.requireText(relative, (view != null ? view : document).catalog());
      return document;
    } catch (InputException e) {
      problems.add(new FileProblem(e.getMessage()));
    } catch (IOException e) {
      problems.add(new FileProblem(relative + ": cannot read: " + e.getMessage()));
    }
    return null;
  }
}
