package dev.tolk.batch;

import dev.tolk.state.JournalEvent;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The state of a batch run's request files, folded from its journal events. */
final class RunState {
  private final Map<String, FileState> files = new LinkedHashMap<>();
  private final Set<String> disowned = new HashSet<>();

  static RunState of(List<JournalEvent> events) {
    RunState state = new RunState();
    events.forEach(state::apply);
    return state;
  }

  void apply(JournalEvent event) {
    if (event instanceof JournalEvent.Prepared e) {
      files.put(e.file(), FileState.prepared(e.file(), e.round(), e.requests()));
    } else if (event instanceof JournalEvent.Submitting e) {
      files.computeIfPresent(e.file(), (f, s) -> s.whenSubmitting(e.at()));
    } else if (event instanceof JournalEvent.CreateFailed e) {
      files.computeIfPresent(e.file(), (f, s) -> s.whenCreateFailed(e.definite()));
    } else if (event instanceof JournalEvent.Submitted e) {
      files.computeIfPresent(e.file(), (f, s) -> s.whenSubmitted(e.batch(), e.adopted()));
    } else if (event instanceof JournalEvent.Rejected e) {
      files.computeIfPresent(e.file(), (f, s) -> s.whenRejected(e.error()));
    } else if (event instanceof JournalEvent.Collected e) {
      files.computeIfPresent(e.file(), (f, s) -> s.whenCollected());
    } else if (event instanceof JournalEvent.ResultsGone e) {
      files.computeIfPresent(e.file(), (f, s) -> s.whenResultsGone());
    } else if (event instanceof JournalEvent.Disowned e) {
      disowned.add(e.batch());
      files.computeIfPresent(e.file(), (f, s) -> s.whenDisowned());
    } else if (event instanceof JournalEvent.Split e) {
      files.computeIfPresent(e.file(), (f, s) -> s.whenSplit());
    }
  }

  List<FileState> files() {
    return List.copyOf(files.values());
  }

  boolean anyWaiting() {
    return files.values().stream().anyMatch(FileState::waiting);
  }

  int lastRound() {
    return files.values().stream().mapToInt(FileState::round).max().orElse(0);
  }

  List<FileState> inRound(int round) {
    return files.values().stream().filter(f -> f.round() == round).toList();
  }

  /** The batches this run made (or adopted and still holds). */
  List<String> batchIds() {
    return files.values().stream().map(FileState::batchId).filter(id -> id != null).toList();
  }

  /** Batches that must never be taken for this run's: its own, and those it disowned. */
  Set<String> excluded() {
    Set<String> excluded = new HashSet<>(disowned);
    excluded.addAll(batchIds());
    return excluded;
  }

  /**
   * Whether the run can be given up without losing anything: no batch was made, and no create whose
   * outcome is unknown is waiting to be looked for.
   */
  boolean nothingSubmitted() {
    return files.values().stream().allMatch(f -> f.batchId() == null && !f.openIntent())
        && disowned.isEmpty();
  }
}
