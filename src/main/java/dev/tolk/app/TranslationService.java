package dev.tolk.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tolk.anthropic.Json;
import dev.tolk.batch.BatchProgress;
import dev.tolk.batch.BatchRun;
import dev.tolk.batch.CollectedResults;
import dev.tolk.batch.ReplayTranslator;
import dev.tolk.config.ModelPrice;
import dev.tolk.config.Settings;
import dev.tolk.core.Catalog;
import dev.tolk.core.Chunk;
import dev.tolk.core.ChunkTranslator;
import dev.tolk.core.Chunker;
import dev.tolk.core.Entry;
import dev.tolk.core.Pipeline;
import dev.tolk.core.PipelineResult;
import dev.tolk.core.Planner;
import dev.tolk.core.Progress;
import dev.tolk.core.RunAbortedException;
import dev.tolk.core.TextHash;
import dev.tolk.core.TokenEstimator;
import dev.tolk.core.Unit;
import dev.tolk.core.UnitOutcome;
import dev.tolk.core.UnitRef;
import dev.tolk.core.Usage;
import dev.tolk.provider.ClaudeProvider;
import dev.tolk.provider.PseudoTranslator;
import dev.tolk.provider.SystemPrompt;
import dev.tolk.provider.TranslationRequests;
import dev.tolk.state.Lockfile;
import dev.tolk.state.ProjectLock;
import dev.tolk.state.RunFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The main job: read the project, plan what is missing, choose the synchronous or the batch path,
 * translate, validate, write, report. Unfinished batch runs of the project are resumed first.
 */
public final class TranslationService {
  private final Environment environment;

  public TranslationService(Environment environment) {
    this.environment = environment;
  }

  public RunReport run(RunRequest request, Progress progress, BatchProgress batchProgress) {
    Project project = new ProjectLoader(environment).load(request);
    if (request.dryRun()) {
      return plan(project, request, progress, batchProgress, true);
    }
    try (ProjectLock lock = ProjectLock.acquire(project.stateFolder())) {
      if (!project.settings().provider().equals("pseudo")) {
        for (RunFolder unfinished : RunFolder.unfinished(project.stateFolder())) {
          RunReport resumed = resume(unfinished, request, progress, batchProgress);
          if (resumed.status() == RunReport.Status.BATCH_PENDING || resumed.aborted() != null) {
            return resumed;
          }
          project = new ProjectLoader(environment).load(request); // the targets have changed
        }
      }
      return plan(project, request, progress, batchProgress, false);
    }
  }

  /**
   * {@code tolk resume}: re-attach to the journaled batches of one run (or all unfinished runs).
   */
  public RunReport resume(
      RunRequest request, String runId, Progress progress, BatchProgress batchProgress) {
    var cwd = environment.workingDirectory();
    var stateFolder =
        (request.configFile() == null
                ? cwd
                : cwd.resolve(request.configFile()).toAbsolutePath().getParent())
            .resolve(".tolk");
    try (ProjectLock lock = ProjectLock.acquire(stateFolder)) {
      List<RunFolder> runs =
          runId == null
              ? RunFolder.unfinished(stateFolder)
              : List.of(
                  RunFolder.open(stateFolder, runId)
                      .orElseThrow(
                          () ->
                              new dev.tolk.core.InputException(
                                  "no run " + runId + " in " + stateFolder.resolve("runs"))));
      if (runs.isEmpty()) {
        throw new dev.tolk.core.InputException(
            "nothing to resume: no unfinished batch run in " + stateFolder.resolve("runs"));
      }
      RunReport last = null;
      for (RunFolder run : runs) {
        last = resume(run, request, progress, batchProgress);
        if (last.status() == RunReport.Status.BATCH_PENDING || last.aborted() != null) {
          break;
        }
      }
      return last;
    }
  }

  private RunReport plan(
      Project project,
      RunRequest request,
      Progress progress,
      BatchProgress batchProgress,
      boolean dryRun) {
    Settings settings = project.settings();
    Lockfile lock = Lockfile.load(project.lockFile());
    boolean realProvider = !settings.provider().equals("pseudo");
    Planner.Scope scope =
        new Planner.Scope(
            keyFilter(request.keyPattern()),
            request.force(),
            settings.removeDeletedKeys(),
            provider -> realProvider && provider.equals("pseudo"));
    Changes changes = new Changes();
    List<Unit> pending = new ArrayList<>();
    int upToDate = 0;
    Planner planner = new Planner();
    for (TargetJob job : project.jobs()) {
      String file = job.source().relative();
      Catalog source = job.sourceDocument().catalog();
      Planner.Plan plan =
          planner.plan(
              file,
              job.language(),
              source,
              job.target() == null ? null : job.target().catalog(),
              lock.entries(file, job.language()),
              scope);
      pending.addAll(plan.pending());
      upToDate += plan.upToDate();
      changes.stale += plan.stale();
      changes.standIns += plan.standIns();
      changes.incomplete += plan.incomplete();
      plan.edited()
          .forEach(key -> changes.edited.add(file + " " + key + " [" + job.language() + "]"));
      plan.reused()
          .forEach(
              (key, message) -> {
                Entry entry = source.get(key);
                Unit unit =
                    new Unit(new UnitRef(file, key, job.language()), entry.message(), entry.note());
                changes.reused.add(new UnitOutcome.Translated(unit, message));
              });
      plan.adopted().forEach(key -> changes.adopted.add(new UnitRef(file, key, job.language())));
      changes.remove(file, job.language(), plan.removals());
    }
    TokenEstimator estimator = new TokenEstimator();
    List<Chunk> chunks =
        new Chunker(settings.maxItems(), settings.maxOutputTokens(), estimator)
            .chunk(settings.sourceLanguage(), pending);
    boolean pseudo = settings.provider().equals("pseudo");
    ClaudeProvider.Mode mode =
        pseudo
            ? new ClaudeProvider.Mode(false, "offline pseudo-localization")
            : ClaudeProvider.chooseMode(
                pending.size(), request.useBatchApi(), settings.batchThreshold());
    boolean batch = mode.batch();
    String modeName = batch ? "batch" : "sync";
    Draft draft =
        new Draft(
            project,
            modeName,
            mode.reason(),
            pending.size(),
            upToDate,
            changes,
            fingerprint(settings),
            settings.provider());
    if (dryRun) {
      return draft.planned(true, estimate(chunks, settings, pseudo), statusOf(project));
    }
    if (changes.anyToWrite()) {
      draft.applyLocalChanges();
      project = new ProjectLoader(environment).load(request); // the targets have changed
      draft = draft.withProject(project);
    }
    if (pending.isEmpty()) {
      return draft.planned(false, null, statusOf(project));
    }
    if (!batch) {
      ChunkTranslator translator = pseudo ? new PseudoTranslator() : claude(settings).synchronous();
      PipelineResult result =
          new Pipeline(translator, pseudo ? 1 : settings.concurrency(), progress).run(chunks);
      return draft.finish(
          result.outcomes(), result.usage(), Usage.NONE, null, List.of(), result.aborted());
    }
    ClaudeProvider claude = claude(settings);
    RunFolder folder = RunFolder.create(project.stateFolder(), environment.clock().instant());
    List<Chunk> tagged = new ArrayList<>();
    for (Chunk chunk : chunks) {
      tagged.add(
          new Chunk(
              folder.tag() + "_" + chunk.id(),
              chunk.sourceLanguage(),
              chunk.targetLanguage(),
              chunk.items(),
              chunk.estimatedOutputTokens()));
    }
    recordRequest(folder, request); // first: a run that cannot find its project cannot be resumed
    BatchRun run = batchRun(folder, claude, settings, request, batchProgress);
    run.prepare(tagged, settings.model());
    return collect(run, claude, draft, progress);
  }

  private RunReport resume(
      RunFolder folder, RunRequest flags, Progress progress, BatchProgress batchProgress) {
    RunRequest original = storedRequest(folder, flags);
    Project project = new ProjectLoader(environment).load(original);
    Settings settings = project.settings();
    ClaudeProvider claude = claude(settings);
    Draft draft =
        new Draft(
            project,
            "batch",
            "resuming run " + folder.id(),
            0,
            0,
            new Changes(),
            fingerprint(settings),
            settings.provider());
    return collect(
        batchRun(folder, claude, settings, original, batchProgress), claude, draft, progress);
  }

  /** Waits for the batches (unless --no-wait), then validates, writes and reports their results. */
  private RunReport collect(BatchRun run, ClaudeProvider claude, Draft draft, Progress progress) {
    RunFolder folder = run.folder();
    BatchRun.Stage stage;
    try {
      stage = run.waitForResults();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunAbortedException("interrupted", RunAbortedException.Cause.UNAVAILABLE, e);
    } catch (RunAbortedException e) {
      return draft.waiting(
          folder.id(),
          batchIds(folder),
          e.getMessage() + "; resume with `tolk resume " + folder.id() + "`",
          RunReport.Status.of(e));
    }
    if (stage == BatchRun.Stage.PENDING) {
      return draft.waiting(folder.id(), batchIds(folder), null, RunReport.Status.BATCH_PENDING);
    }
    CollectedResults results = CollectedResults.read(folder);
    Lazy followUps = new Lazy(claude);
    List<Chunk> work = new ArrayList<>(results.answered());
    work.addAll(results.unanswered());
    PipelineResult result =
        new Pipeline(
                new ReplayTranslator(results.answers(), followUps),
                draft.project().settings().concurrency(),
                progress)
            .run(work);
    List<UnitOutcome> outcomes = new ArrayList<>(result.outcomes());
    outcomes.addAll(results.refused());
    Usage batchUsage = results.usage();
    Usage total = result.usage();
    RunReport report =
        draft.finish(outcomes, total, batchUsage, folder.id(), batchIds(folder), result.aborted());
    ObjectNode finished = folder.journal().event("finished");
    finished
        .put("status", report.status().name())
        .put("at", environment.clock().instant().toString());
    folder.journal().append(finished);
    try {
      dev.tolk.state.AtomicFile.write(
          folder.summary(),
          Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(report));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return report;
  }

  private BatchRun batchRun(
      RunFolder folder,
      ClaudeProvider claude,
      Settings settings,
      RunRequest request,
      BatchProgress progress) {
    return new BatchRun(
        folder,
        claude.batches(),
        claude.requests(),
        claude.retry(),
        new BatchRun.Options(
            settings.batchThreshold(),
            settings.maxRequestsPerBatch(),
            settings.maxBytesPerBatch(),
            settings.pollInterval(),
            settings.batchMaxWait(),
            request.noWait(),
            settings.maxRounds()),
        environment.clock(),
        environment.sleeper(),
        progress);
  }

  /** Keeps what is needed to find the project again on resume, with paths made absolute. */
  private void recordRequest(RunFolder folder, RunRequest request) {
    var cwd = environment.workingDirectory();
    RunRequest absolute =
        new RunRequest(
            request.configFile() == null && request.files() == null
                ? cwd.resolve("tolk.yaml")
                : request.configFile() == null ? null : cwd.resolve(request.configFile()),
            request.files() == null ? null : request.files().stream().map(cwd::resolve).toList(),
            request.outputPattern(),
            request.sourceLanguage(),
            request.targets(),
            request.provider(),
            request.model(),
            request.concurrency(),
            false,
            false,
            true,
            request.batchThreshold(),
            request.pollInterval(),
            request.maxWait(),
            false,
            null,
            null);
    ObjectNode event = folder.journal().event("request");
    event.set("request", Json.mapper().valueToTree(absolute));
    folder.journal().append(event);
  }

  private RunRequest storedRequest(RunFolder folder, RunRequest flags) {
    for (JsonNode event : folder.journal().read()) {
      if (event.path("event").asText().equals("request")) {
        try {
          RunRequest stored = Json.mapper().treeToValue(event.get("request"), RunRequest.class);
          return new RunRequest(
              stored.configFile(),
              stored.files(),
              stored.outputPattern(),
              stored.sourceLanguage(),
              stored.targets(),
              stored.provider(),
              stored.model(),
              flags.concurrency() != null ? flags.concurrency() : stored.concurrency(),
              false,
              false,
              true,
              stored.batchThreshold(),
              flags.pollInterval() != null ? flags.pollInterval() : stored.pollInterval(),
              flags.maxWait() != null ? flags.maxWait() : stored.maxWait(),
              flags.noWait(),
              null,
              null);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new dev.tolk.core.InputException(
        folder.path() + ": the journal does not say which project this run belongs to");
  }

  private static List<String> batchIds(RunFolder folder) {
    List<String> ids = new ArrayList<>();
    for (JsonNode event : folder.journal().read()) {
      if (event.path("event").asText().equals("submitted")) {
        ids.add(event.get("batch").asText());
      }
    }
    return ids;
  }

  /** What tolk.lock records as the model and instructions a translation was made with. */
  private static String fingerprint(Settings settings) {
    return settings.provider().equals("pseudo")
        ? "pseudo"
        : TextHash.of(settings.model() + "\n" + new SystemPrompt().fingerprint());
  }

  /** A glob over keys (for --key), or every key. */
  static java.util.function.Predicate<String> keyFilter(String pattern) {
    if (pattern == null || pattern.isBlank()) {
      return key -> true;
    }
    java.util.regex.Pattern regex = java.util.regex.Pattern.compile(globToRegex(pattern));
    return key -> regex.matcher(key).matches();
  }

  private static String globToRegex(String glob) {
    StringBuilder regex = new StringBuilder();
    for (char c : glob.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(java.util.regex.Pattern.quote(String.valueOf(c)));
      }
    }
    return regex.toString();
  }

  private static RunReport.Status statusOf(Project project) {
    return project.problems().isEmpty() ? RunReport.Status.OK : RunReport.Status.INPUT_ERROR;
  }

  private RunReport.Estimate estimate(List<Chunk> chunks, Settings settings, boolean pseudo) {
    if (chunks.isEmpty() || pseudo) {
      return new RunReport.Estimate(0, 0, 0, 0, 0.0, 0.0);
    }
    TranslationRequests requests = requests(settings);
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
    ModelPrice price = settings.price();
    return new RunReport.Estimate(
        chunks.size(),
        input,
        output,
        cacheWrite + cacheRead,
        Cost.dollars(usage, price, 1.0),
        Cost.dollars(usage, price, settings.batchDiscount()));
  }

  private ClaudeProvider claude(Settings settings) {
    return ClaudeProviders.from(settings, environment);
  }

  private static TranslationRequests requests(Settings settings) {
    return new TranslationRequests(
        new SystemPrompt(),
        settings.model(),
        ClaudeProviders.maxOutput(settings),
        new TokenEstimator());
  }

  /** The synchronous translator for follow-ups of batch answers, built only if one is needed. */
  private static final class Lazy implements ChunkTranslator {
    private final ClaudeProvider claude;
    private ChunkTranslator translator;

    Lazy(ClaudeProvider claude) {
      this.claude = claude;
    }

    @Override
    public dev.tolk.core.ChunkReply translate(Chunk chunk, dev.tolk.core.RepairRequest repair) {
      ChunkTranslator current;
      synchronized (this) {
        if (translator == null) {
          translator = claude.synchronous();
        }
        current = translator;
      }
      return current.translate(chunk, repair);
    }
  }
}
