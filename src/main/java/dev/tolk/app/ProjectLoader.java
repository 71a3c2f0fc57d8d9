package dev.tolk.app;

import dev.tolk.config.Defaults;
import dev.tolk.config.Overrides;
import dev.tolk.config.ProjectConfig;
import dev.tolk.config.Settings;
import dev.tolk.config.SettingsResolver;
import dev.tolk.core.ConfigurationException;
import dev.tolk.core.InputException;
import dev.tolk.format.FormatRegistry;
import dev.tolk.format.LocalizationDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Resolves the settings of a request and reads its sources and existing targets. */
final class ProjectLoader {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(ProjectLoader.class);
  private final Environment environment;

  ProjectLoader(Environment environment) {
    this.environment = environment;
  }

  Project load(RunRequest request) {
    Path cwd = environment.workingDirectory();
    Overrides overrides =
        new Overrides(
            request.sourceLanguage(),
            request.targets(),
            request.provider(),
            request.model(),
            request.concurrency(),
            request.batchThreshold(),
            request.pollInterval(),
            request.maxWait());
    SettingsResolver resolver = new SettingsResolver(Defaults.load(), environment.variables());
    Settings settings;
    FormatRegistry formats;
    ProjectFiles projectFiles;
    List<SourceFile> sources;
    Path root;
    if (request.files() == null) {
      Path configFile =
          cwd.resolve(request.configFile() == null ? Path.of("tolk.yaml") : request.configFile())
              .normalize();
      if (!Files.isRegularFile(configFile)) {
        throw new ConfigurationException(
            configFile
                + ": config file not found (see the README for an example, or use `tolk translate FILE -t LANG`)");
      }
      root = configFile.getParent();
      formats = FormatRegistry.forProject(FlutterSettings.useEscaping(root));
      settings = resolver.resolve(root, ProjectConfig.read(configFile), overrides);
      if (settings.files().isEmpty()) {
        throw new ConfigurationException(configFile + ": lists no files to translate");
      }
      projectFiles = new ProjectFiles(root, formats);
      sources = projectFiles.fromConfig(settings.files(), settings.sourceLanguage());
      if (request.fileFilter() != null && !request.fileFilter().isBlank()) {
        java.nio.file.PathMatcher matcher =
            java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + request.fileFilter());
        sources =
            sources.stream().filter(source -> matcher.matches(Path.of(source.relative()))).toList();
        if (sources.isEmpty()) {
          throw new dev.tolk.core.InputException(
              "no source file of " + configFile + " matches --file " + request.fileFilter());
        }
      }
    } else {
      root = cwd;
      formats = FormatRegistry.forProject(FlutterSettings.useEscaping(root));
      settings = resolver.resolve(cwd, null, overrides);
      projectFiles = new ProjectFiles(cwd, formats);
      sources =
          projectFiles.fromArguments(
              request.files(), request.outputPattern(), settings.sourceLanguage());
    }
    List<FileProblem> problems = new ArrayList<>();
    List<TargetJob> jobs = new ArrayList<>();
    for (SourceFile source : sources) {
      LocalizationDocument document =
          read(source, source.path(), source.relative(), settings.sourceLanguage(), problems);
      if (document == null) {
        continue;
      }
      if (!document.translatable()) {
        LOG.info("{}: marked as not to be translated; skipped", source.relative());
        continue;
      }
      LocalizationDocument asSource = document.forLanguage(settings.sourceLanguage());
      if ((asSource == null ? document : asSource).catalog().size() == 0) {
        problems.add(
            new FileProblem(source.relative() + ": empty source: no strings to translate"));
        continue;
      }
      LocalizationDocument sourceView = document.forLanguage(settings.sourceLanguage());
      for (String language : settings.targets()) {
        if (sourceView != null) { // every language lives in the source file itself
          jobs.add(
              new TargetJob(
                  source,
                  sourceView,
                  language,
                  source.path(),
                  source.relative(),
                  document.forLanguage(language)));
          continue;
        }
        Path targetPath = projectFiles.target(source, language);
        String targetRelative = projectFiles.relative(targetPath);
        LocalizationDocument target = null;
        if (Files.exists(targetPath)) {
          target = read(source, targetPath, targetRelative, language, problems);
          if (target == null) {
            continue;
          }
        }
        jobs.add(new TargetJob(source, document, language, targetPath, targetRelative, target));
      }
    }
    return new Project(
        settings,
        root,
        root.resolve(".tolk"),
        sources.size(),
        jobs,
        problems,
        root.resolve("tolk.lock"));
  }

  private static LocalizationDocument read(
      SourceFile source, Path path, String relative, String language, List<FileProblem> problems) {
    try {
      return source.format().parse(relative, Files.readAllBytes(path), language);
    } catch (InputException e) {
      problems.add(new FileProblem(e.getMessage()));
    } catch (IOException e) {
      problems.add(new FileProblem(relative + ": cannot read: " + e.getMessage()));
    }
    return null;
  }
}
