package dev.tolk.app;

import dev.tolk.config.Overrides;
import dev.tolk.state.StoredRequest;
import java.nio.file.Path;

/**
 * A run's request as its journal keeps it, and back: paths made absolute, so that a resume from
 * another folder finds the project; only what finds the project and resolves its settings.
 */
final class StoredRequests {
  private StoredRequests() {}

  static StoredRequest of(RunRequest request, Path workingDirectory) {
    ProjectSelection selection = request.project();
    Overrides flags = request.overrides();
    Path config =
        selection.files() != null
            ? null
            : workingDirectory.resolve(
                selection.configFile() == null ? Path.of("tolk.yaml") : selection.configFile());
    return new StoredRequest(
        config,
        selection.files() == null
            ? null
            : selection.files().stream().map(workingDirectory::resolve).toList(),
        selection.outputPattern(),
        new StoredRequest.Settings(
            flags.sourceLanguage(),
            flags.targets(),
            flags.provider(),
            flags.model(),
            flags.concurrency(),
            flags.batchThreshold(),
            flags.pollInterval(),
            flags.maxWait()));
  }

  static ProjectSelection selection(StoredRequest stored) {
    return new ProjectSelection(
        stored.configFile(), stored.files(), stored.outputPattern(), null, null);
  }

  /** The stored settings, with what the resume's own flags say instead where they say it. */
  static Overrides overrides(StoredRequest stored, Overrides now) {
    StoredRequest.Settings given = stored.settings();
    Overrides original =
        Overrides.builder()
            .sourceLanguage(given.sourceLanguage())
            .targets(given.targets())
            .provider(given.provider())
            .model(given.model())
            .concurrency(given.concurrency())
            .batchThreshold(given.batchThreshold())
            .pollInterval(given.pollInterval())
            .maxWait(given.maxWait())
            .build();
    Overrides resumeFlags =
        Overrides.builder()
            .concurrency(now.concurrency())
            .pollInterval(now.pollInterval())
            .maxWait(now.maxWait())
            .build();
    return resumeFlags.over(original);
  }
}
