package dev.tolk.batch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tolk.anthropic.Json;
import dev.tolk.anthropic.dto.MessageBatch;
import dev.tolk.core.InputException;
import dev.tolk.state.JournalEvent;
import dev.tolk.state.RunFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One batch run as {@code tolk runs} shows it, read from its folder alone (no API).
 *
 * @param state where the run stands
 * @param detail why it was closed, what its journal's damage is, or how it finished
 * @param batches its batches, with their status as last seen
 * @param requests the requests it sent (one per chunk of units)
 * @param startedAt when it started (ISO 8601), or null when its journal does not say
 * @param cost what it cost in dollars, once finished with a priced model; else null
 */
public record RunSummary(
    String id,
    State state,
    String detail,
    List<Batch> batches,
    int requests,
    String startedAt,
    Double cost) {

  /** Where a run stands. */
  public enum State {
    /** batches were made and are not all collected yet */
    WAITING,
    /** prepared, no batch made yet */
    NOT_SUBMITTED,
    /** every batch collected, the results not yet written (a resume writes them) */
    COLLECTED,
    /** written and done */
    FINISHED,
    /** no longer tracked: abandoned, or stopped before any batch was made */
    CLOSED,
    /** its journal cannot be read */
    DAMAGED
  }

  /**
   * @param status the batch's processing status as last seen, or "unknown"
   */
  public record Batch(String id, String status) {}

  public static RunSummary of(RunFolder run) {
    var closed = run.closedBecause();
    List<JournalEvent> events;
    try {
      events = run.journal().read();
    } catch (InputException e) {
      return new RunSummary(
          run.id(),
          closed.isPresent() ? State.CLOSED : State.DAMAGED,
          closed.orElse(e.getMessage()),
          List.of(),
          0,
          null,
          null);
    }
    RunState state = RunState.of(events);
    Instant started = null;
    String finished = null;
    for (JournalEvent event : events) {
      if (event instanceof JournalEvent.RunStarted e) {
        started = e.at();
      } else if (event instanceof JournalEvent.Finished e) {
        finished = e.status();
      }
    }
    List<Batch> batches = new ArrayList<>();
    state.batchIds().forEach(id -> batches.add(new Batch(id, lastSeen(run, id))));
    int requests =
        state.files().stream()
            .filter(f -> f.round() == 0 && f.phase() != FileState.Phase.SPLIT)
            .mapToInt(FileState::requests)
            .sum();
    State where;
    String detail;
    if (closed.isPresent()) {
      where = State.CLOSED;
      detail = closed.get();
    } else if (finished != null) {
      where = State.FINISHED;
      detail = finished;
    } else if (state.anyWaiting()) {
      where = State.WAITING;
      detail = null;
    } else if (state.batchIds().isEmpty()) {
      where = State.NOT_SUBMITTED;
      detail = null;
    } else {
      where = State.COLLECTED;
      detail = null;
    }
    return new RunSummary(
        run.id(),
        where,
        detail,
        batches,
        requests,
        started == null ? null : started.toString(),
        finished == null ? null : cost(run));
  }

  private static String lastSeen(RunFolder run, String batchId) {
    Path file = run.batch(batchId);
    try {
      return Files.exists(file)
          ? Json.mapper().readValue(file.toFile(), MessageBatch.class).processingStatus()
          : "unknown";
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static Double cost(RunFolder run) {
    try {
      JsonNode summary = Json.mapper().readTree(run.summary().toFile());
      return summary.path("cost").isNumber() ? summary.get("cost").asDouble() : null;
    } catch (IOException e) {
      return null;
    }
  }
}
