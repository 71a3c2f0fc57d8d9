package dev.tolk.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.state.JournalEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunStateTest {
  private static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");

  @Test
  void foldsEachFilesLifeFromItsEvents() {
    RunState state =
        RunState.of(
            List.of(
                new JournalEvent.Prepared("requests/0.jsonl", 0, 10, 1000, "sha"),
                new JournalEvent.Prepared("requests/1.jsonl", 0, 5, 500, "sha"),
                new JournalEvent.Submitting("requests/0.jsonl", 10, AT),
                new JournalEvent.Submitted("requests/0.jsonl", "msgbatch_a", "c", "e", false)));
    FileState first = state.files().get(0);
    FileState second = state.files().get(1);
    assertEquals("msgbatch_a", first.batchId());
    assertEquals(null, first.submittingAt(), "the create's outcome is known");
    assertTrue(first.waiting());
    assertTrue(second.unsubmitted());
    assertTrue(state.anyWaiting());
    assertEquals(List.of("msgbatch_a"), state.batchIds());
  }

  @Test
  void anIntentWithoutAnAnswerStaysUnsubmittedAndRemembersWhen() {
    RunState state =
        RunState.of(
            List.of(
                new JournalEvent.Prepared("requests/0.jsonl", 0, 10, 1000, "sha"),
                new JournalEvent.Submitting("requests/0.jsonl", 10, AT)));
    FileState file = state.files().get(0);
    assertTrue(file.unsubmitted());
    assertEquals(AT, file.submittingAt());
    assertFalse(state.anyWaiting());
  }

  @Test
  void collectedGoneAndRejectedFilesWaitNoLongerAndRoundsAreCounted() {
    RunState state =
        RunState.of(
            List.of(
                new JournalEvent.Prepared("requests/0.jsonl", 0, 10, 1000, "sha"),
                new JournalEvent.Prepared("requests/1.jsonl", 0, 10, 1000, "sha"),
                new JournalEvent.Prepared("requests/2.jsonl", 0, 10, 1000, "sha"),
                new JournalEvent.Submitted("requests/0.jsonl", "msgbatch_a", "c", "e", false),
                new JournalEvent.Submitted("requests/1.jsonl", "msgbatch_b", "c", "e", false),
                new JournalEvent.Collected("requests/0.jsonl", "msgbatch_a"),
                new JournalEvent.ResultsGone("requests/1.jsonl", "msgbatch_b", "archived"),
                new JournalEvent.Rejected("requests/2.jsonl", "HTTP 400"),
                new JournalEvent.Prepared("requests/3.jsonl", 1, 10, 1000, "sha")));
    assertFalse(state.anyWaiting());
    assertTrue(state.files().get(0).collected());
    assertTrue(state.files().get(1).resultsGone());
    assertFalse(state.files().get(2).unsubmitted());
    assertEquals(1, state.lastRound());
    assertEquals(3, state.inRound(0).size());
  }
}
