package dev.tolk.batch;

import dev.tolk.anthropic.BatchResult;
import dev.tolk.state.RunFolder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The results of one collected file, by the custom_id of each request it sent: the first line for
 * each, lines of requests it did not send left out, and null for a request without a line (to be
 * sent again).
 */
final class FileResults {
  private FileResults() {}

  static Map<String, BatchResult> of(RunFolder run, FileState file) {
    Set<String> requested = ResultsFile.customIds(run.path().resolve(file.file()));
    Map<String, BatchResult> results = new LinkedHashMap<>();
    requested.forEach(id -> results.put(id, null));
    ResultsFile.forEach(
        run.results(file.batchId()),
        result -> {
          if (requested.contains(result.customId()) && results.get(result.customId()) == null) {
            results.put(result.customId(), result);
          }
        });
    return results;
  }
}
