package dev.tolk.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The state of a batch run, folded from its journal events. */
final class RunState {
  final Map<String, FileState> files = new LinkedHashMap<>();

  static RunState of(List<JsonNode> events) {
    RunState state = new RunState();
    for (JsonNode event : events) {
      String file = event.path("file").asText(null);
      FileState current = file == null ? null : state.files.get(file);
      switch (event.path("event").asText()) {
        case "prepared" ->
            state.files.put(
                file,
                new FileState(
                    file,
                    event.path("round").asInt(),
                    event.path("requests").asInt(),
                    null,
                    null,
                    null,
                    false,
                    false));
        case "submitting" ->
            state.files.put(
                file,
                current.with(Instant.parse(event.get("at").asText()), null, null, false, false));
        case "submitted" ->
            state.files.put(
                file,
                current.with(
                    current.submittingAt(), event.get("batch").asText(), null, false, false));
        case "rejected" ->
            state.files.put(
                file,
                current.with(
                    current.submittingAt(), null, event.path("error").asText(), false, false));
        case "collected" ->
            state.files.put(
                file, current.with(current.submittingAt(), current.batchId(), null, true, false));
        case "results_gone" ->
            state.files.put(
                file, current.with(current.submittingAt(), current.batchId(), null, false, true));
        default -> {}
      }
    }
    return state;
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
