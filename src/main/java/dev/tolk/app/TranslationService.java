package dev.tolk.app;

import dev.tolk.anthropic.RetryPolicy;
import dev.tolk.config.Defaults;
import dev.tolk.config.ModelPrice;
import dev.tolk.config.Overrides;
import dev.tolk.config.ProjectConfig;
import dev.tolk.config.Settings;
import dev.tolk.config.SettingsResolver;
import dev.tolk.core.Chunk;
import dev.tolk.core.ChunkTranslator;
import dev.tolk.core.Chunker;
import dev.tolk.core.ConfigurationException;
import dev.tolk.core.InputException;
import dev.tolk.core.Pipeline;
import dev.tolk.core.PipelineResult;
import dev.tolk.core.Planner;
import dev.tolk.core.Progress;
import dev.tolk.core.RunAbortedException;
import dev.tolk.core.TokenEstimator;
import dev.tolk.core.Unit;
import dev.tolk.core.UnitOutcome;
import dev.tolk.core.Usage;
import dev.tolk.format.FormatRegistry;
import dev.tolk.format.LocalizationDocument;
import dev.tolk.provider.ClaudeProvider;
import dev.tolk.provider.PseudoTranslator;
import dev.tolk.provider.TranslationRequests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The main job: read the project, plan what is missing, translate it, validate it, write it,
 * report. A file that cannot be read is reported and skipped; the others go on.
 */
public final class TranslationService {
  private final Environment environment;
  private final FormatRegistry formats = new FormatRegistry();

  public TranslationService(Environment environment) {
    this.environment = environment;
  }

  public RunReport run(RunRequest request, Progress progress) {
    Path cwd = environment.workingDirectory();
    Settings settings;
    ProjectFiles projectFiles;
    List<SourceFile> sources;
    Overrides overrides =
        new Overrides(
            request.sourceLanguage(),
            request.targets(),
            request.provider(),
            request.model(),
            request.concurrency(),
            null,
            null);
    SettingsResolver resolver = new SettingsResolver(Defaults.load(), environment.variables());
    if (request.files() == null) {
      Path configFile =
          cwd.resolve(request.configFile() == null ? Path.of("tolk.yaml") : request.configFile())
              .normalize();
      if (!Files.isRegularFile(configFile)) {
        throw new ConfigurationException(
            configFile
                + ": config file not found (create one with the example in the README, or use `tolk translate FILE -t LANG`)");
      }
      Path root = configFile.getParent();
      settings = resolver.resolve(root, ProjectConfig.read(configFile), overrides);
      if (settings.files().isEmpty()) {
        throw new ConfigurationException(configFile + ": lists no files to translate");
      }
      projectFiles = new ProjectFiles(root, formats);
      sources = projectFiles.fromConfig(settings.files(), settings.sourceLanguage());
    } else {
      settings = resolver.resolve(cwd, null, overrides);
      projectFiles = new ProjectFiles(cwd, formats);
      sources =
          projectFiles.fromArguments(
              request.files(), request.outputPattern(), settings.sourceLanguage());
    }

    List<FileProblem> problems = new ArrayList<>();
    List<TargetJob> jobs = new ArrayList<>();
    List<Unit> pending = new ArrayList<>();
    int upToDate = 0;
    Planner planner = new Planner();
    for (SourceFile source : sources) {
      LocalizationDocument document = read(source, source.path(), source.relative(), problems);
      if (document == null) {
        continue;
      }
      if (document.catalog().size() == 0) {
        problems.add(
            new FileProblem(source.relative() + ": empty source: no strings to translate"));
        continue;
      }
      for (String language : settings.targets()) {
        Path targetPath = projectFiles.target(source, language);
        String targetRelative = projectFiles.relative(targetPath);
        LocalizationDocument target = null;
        if (Files.exists(targetPath)) {
          target = read(source, targetPath, targetRelative, problems);
          if (target == null) {
            continue;
          }
        }
        jobs.add(new TargetJob(source, document, language, targetPath, targetRelative, target));
        Planner.Plan plan =
            planner.plan(
                source.relative(),
                language,
                document.catalog(),
                target == null ? null : target.catalog(),
                request.force());
        pending.addAll(plan.pending());
        upToDate += plan.upToDate();
      }
    }

    TokenEstimator estimator = new TokenEstimator();
    List<Chunk> chunks =
        new Chunker(settings.maxItems(), settings.maxOutputTokens(), estimator)
            .chunk(settings.sourceLanguage(), pending);
    boolean pseudo = settings.provider().equals("pseudo");
    ModelPrice price = pseudo ? new ModelPrice(0, 0, 0, 0, 0) : settings.price();
    if (request.dryRun() || pending.isEmpty()) {
      RunReport.Estimate estimate = estimate(chunks, settings, pseudo, price);
      return new RunReport(
          problems.isEmpty() ? RunReport.Status.OK : RunReport.Status.INPUT_ERROR,
          request.dryRun() ? "dry-run" : "sync",
          settings.provider(),
          pseudo ? null : settings.model(),
          sources.size(),
          pending.size(),
          0,
          upToDate,
          0,
          Usage.NONE,
          0.0,
          request.dryRun() ? estimate : null,
          List.of(),
          List.of(),
          problems,
          null);
    }

    ChunkTranslator translator = pseudo ? new PseudoTranslator() : claude(settings).synchronous();
    PipelineResult result =
        new Pipeline(translator, pseudo ? 1 : settings.concurrency(), progress).run(chunks);
    TargetWriter.Written written = new TargetWriter().write(jobs, result.outcomes());

    List<Failure> failures = new ArrayList<>();
    int translated = 0;
    boolean unavailable = false;
    for (UnitOutcome outcome : written.outcomes()) {
      if (outcome instanceof UnitOutcome.Failed failed) {
        var ref = failed.unit().ref();
        failures.add(new Failure(ref.file(), ref.key(), ref.language(), failed.reason()));
        unavailable |= failed.apiUnavailable();
      } else {
        translated++;
      }
    }
    RunReport.Status status = status(result.aborted(), problems, failures, unavailable);
    return new RunReport(
        status,
        "sync",
        settings.provider(),
        pseudo ? null : settings.model(),
        sources.size(),
        pending.size(),
        translated,
        upToDate,
        failures.size(),
        result.usage(),
        Cost.dollars(result.usage(), price, 1.0),
        null,
        written.files(),
        failures,
        problems,
        result.aborted() == null ? null : result.aborted().getMessage());
  }

  private static RunReport.Status status(
      RunAbortedException aborted,
      List<FileProblem> problems,
      List<Failure> failures,
      boolean unavailable) {
    if (aborted != null) {
      return aborted.reason() == RunAbortedException.Cause.CONFIGURATION
          ? RunReport.Status.CONFIGURATION_ERROR
          : RunReport.Status.API_UNAVAILABLE;
    }
    if (!problems.isEmpty()) {
      return RunReport.Status.INPUT_ERROR;
    }
    if (unavailable) {
      return RunReport.Status.API_UNAVAILABLE;
    }
    return failures.isEmpty() ? RunReport.Status.OK : RunReport.Status.SOME_FAILED;
  }

  private RunReport.Estimate estimate(
      List<Chunk> chunks, Settings settings, boolean pseudo, ModelPrice price) {
    if (chunks.isEmpty()) {
      return new RunReport.Estimate(0, 0, 0, 0, 0.0);
    }
    if (pseudo) {
      return new RunReport.Estimate(0, 0, 0, 0, 0.0);
    }
    TranslationRequests requests = claudeRequests(settings);
    long input = 0;
    long output = 0;
    long cacheWrite = 0;
    long cacheRead = 0;
    List<String> languagesSeen = new ArrayList<>();
    for (Chunk chunk : chunks) {
      input += requests.estimatedInputTokens(requests.build(chunk, null, true));
      output += chunk.estimatedOutputTokens();
      long instructions = requests.estimatedInstructionTokens(chunk);
      if (languagesSeen.contains(chunk.targetLanguage())) {
        cacheRead += instructions;
      } else {
        languagesSeen.add(chunk.targetLanguage());
        cacheWrite += instructions;
      }
    }
    Usage usage = new Usage(chunks.size(), input, output, cacheWrite, cacheRead);
    return new RunReport.Estimate(
        chunks.size(), input, output, cacheWrite + cacheRead, Cost.dollars(usage, price, 1.0));
  }

  private ClaudeProvider claude(Settings settings) {
    ModelPrice price = settings.price();
    return new ClaudeProvider(
        new ClaudeProvider.Options(
            environment.variable("ANTHROPIC_API_KEY"),
            settings.baseUrl(),
            settings.apiVersion(),
            settings.connectTimeout(),
            settings.readTimeout(),
            settings.model(),
            price == null ? 16_000 : price.maxOutput(),
            settings.concurrency(),
            new RetryPolicy(
                settings.maxRetries(),
                settings.initialBackoff(),
                settings.maxBackoff(),
                settings.maxWait()),
            settings.chunkDeadline()),
        environment.clock(),
        environment.sleeper());
  }

  private TranslationRequests claudeRequests(Settings settings) {
    ModelPrice price = settings.price();
    return new TranslationRequests(
        new dev.tolk.provider.SystemPrompt(),
        settings.model(),
        price == null ? 16_000 : price.maxOutput(),
        new TokenEstimator());
  }

  private LocalizationDocument read(
      SourceFile source, Path path, String relative, List<FileProblem> problems) {
    try {
      return source.format().parse(relative, Files.readAllBytes(path));
    } catch (InputException e) {
      problems.add(new FileProblem(e.getMessage()));
    } catch (IOException e) {
      problems.add(new FileProblem(relative + ": cannot read: " + e.getMessage()));
    }
    return null;
  }
}
