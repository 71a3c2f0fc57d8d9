package dev.tolk.batch;

import dev.tolk.state.Journal;
import dev.tolk.state.JournalEvent;
import dev.tolk.state.RunFolder;

/**
 * A batch run's journal and the state it folds to, kept together: an event is fsynced to the
 * journal, then applied to the state, so the journal is read once per run, not once per step.
 */
final class RunLedger {
  private final Journal journal;
  private final RunState state;

  RunLedger(RunFolder run) {
    this.journal = run.journal();
    this.state = RunState.of(journal.read());
  }

  void record(JournalEvent event) {
    journal.append(event);
    state.apply(event);
  }

  RunState state() {
    return state;
  }
}
