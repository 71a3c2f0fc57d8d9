package dev.tolk.cli;

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
      description = "Requests in flight at most (default: 8).")
  Integer concurrency;

  @Option(names = "--force", description = "Translate every string again, not only missing ones.")
  boolean force;

  @Option(
      names = "--dry-run",
      description = "Show what would be translated and what it would cost; send and write nothing.")
  boolean dryRun;

  @Option(names = "--json", description = "Print the summary as one JSON document on stdout.")
  boolean json;
}
