package dev.tolk.batch;

import dev.tolk.state.JournalEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The state of a batch run's request files, folded from its journal events. */
final class RunState {
  private final Map<String, FileState> files = new LinkedHashMap<>();

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
    } else if (event instanceof JournalEvent.Submitted e) {
      files.computeIfPresent(e.file(), (f, s) -> s.whenSubmitted(e.batch()));
    } else if (event instanceof JournalEvent.Rejected e) {
      files.computeIfPresent(e.file(), (f, s) -> s.whenRejected(e.error()));
    } else if (event instanceof JournalEvent.Collected e) {
      files.computeIfPresent(e.file(), (f, s) -> s.whenCollected());
    } else if (event instanceof JournalEvent.ResultsGone e) {
      files.computeIfPresent(e.file(), (f, s) -> s.whenResultsGone());
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
    List<FileState> result = new ArrayList<>();
    files.values().stream().filter(f -> f.round() == round).forEach(result::add);
    return result;
  }

  List<String> batchIds() {
    return files.values().stream().map(FileState::batchId).filter(id -> id != null).toList();
  }
}
