package dev.tolk.cli;

import dev.tolk.app.RunOptions;
import dev.tolk.config.Overrides;
import dev.tolk.core.InputException;
import dev.tolk.provider.ApiChoice;
import java.util.List;
import picocli.CommandLine.Option;

/** The flags that {@code run} and {@code translate} share. */
public final class TranslationOptions {
  @Option(
      names = {"-t", "--target-lang"},
      split = ",",
      paramLabel = "LANG",
      description = "Target languages, comma-separated (e.g. fr,de,pt-BR).")
  List<String> targets;

  @Option(
      names = {"-s", "--source-lang"},
      paramLabel = "LANG",
      description = "Source language (default: en).")
  String sourceLanguage;

  @Option(
      names = "--provider",
      paramLabel = "NAME",
      description = "claude (the API) or pseudo (offline pseudo-localization).")
  String provider;

  @Option(
      names = "--model",
      paramLabel = "ID",
      description = "Claude model id (default: claude-sonnet-5).")
  String model;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      description = "Requests in flight at most (default: 64; the first one alone).")
  Integer concurrency;

  @Option(
      names = "--key",
      paramLabel = "PATTERN",
      description =
          "Only keys matching this glob (e.g. '/auth/*' for JSON, 'error.*' for properties).")
  String keyPattern;

  @Option(
      names = "--file",
      paramLabel = "GLOB",
      description = "Only source files matching this glob.")
  String fileFilter;

  @Option(names = "--force", description = "Translate every string again, not only missing ones.")
  boolean force;

  @Option(
      names = "--dry-run",
      description = "Show what would be translated and what it would cost; send and write nothing.")
  boolean dryRun;

  @Option(names = "--json", description = "Print the summary as one JSON document on stdout.")
  boolean json;

  @Option(
      names = "--list",
      description = "With --dry-run: list every string it would send (file, key, language).")
  boolean list;

  @Option(
      names = "--use-batch-api",
      description = "Use the Message Batches API (half the price, results within 24 h).")
  boolean useBatchApi;

  @Option(
      names = "--sync",
      description = "Use the Messages API whatever the batch threshold (answers in seconds).")
  boolean sync;

  @Option(
      names = "--batch-threshold",
      paramLabel = "N",
      description = "Above this many pending units the Batch API is used (default: 100).")
  Integer batchThreshold;

  @Option(
      names = "--poll-interval",
      paramLabel = "DURATION",
      description = "How often to check a batch (default: 60s).")
  String pollInterval;

  @Option(
      names = "--max-wait",
      paramLabel = "DURATION",
      description = "Stop waiting for batches after this long; resume later (default: 25h).")
  String maxWait;

  @Option(
      names = "--no-wait",
      description =
          "Submit the batches, journal them and exit 75; collect later with `tolk resume`.")
  boolean noWait;

  /** The settings these flags give (null where a flag was not used). */
  Overrides overrides() {
    return Overrides.builder()
        .sourceLanguage(sourceLanguage)
        .targets(targets)
        .provider(provider)
        .model(model)
        .concurrency(concurrency)
        .batchThreshold(batchThreshold)
        .pollInterval(pollInterval)
        .maxWait(maxWait)
        .build();
  }

  RunOptions runOptions() {
    if (list && !dryRun) {
      throw new InputException("--list goes with --dry-run: it lists what a run would send");
    }
    return RunOptions.DEFAULT.withForce(force).withDryRun(dryRun).withApi(api()).withNoWait(noWait);
  }

  private ApiChoice api() {
    if (sync && useBatchApi) {
      throw new InputException(
          "--sync and --use-batch-api ask for opposite paths: give one of them");
    }
    return sync ? ApiChoice.MESSAGES : useBatchApi ? ApiChoice.BATCH : ApiChoice.AUTO;
  }
}
