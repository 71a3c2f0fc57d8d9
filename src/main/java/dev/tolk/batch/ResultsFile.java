package dev.tolk.batch;

import dev.tolk.anthropic.BatchResult;
import dev.tolk.anthropic.ResultLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/** Reading the staged files of a batch: its request ids, and its results streamed and verified. */
final class ResultsFile {
  private ResultsFile() {}

  /** The custom_ids of a request file, in order. */
  static Set<String> customIds(Path requestFile) {
    Set<String> ids = new LinkedHashSet<>();
    try (BufferedReader in = Files.newBufferedReader(requestFile, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        int start = line.indexOf("\"custom_id\":\"");
        if (start >= 0) {
          int from = start + "\"custom_id\":\"".length();
          ids.add(line.substring(from, line.indexOf('"', from)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }

  /**
   * Why a downloaded results file cannot be used, or null when it is complete: every line parses,
   * there are as many lines as requests, every custom_id is one of ours and none is repeated.
   */
  static String problem(Path results, long expected, Set<String> known) {
    Set<String> seen = new HashSet<>();
    long lines = 0;
    try (ResultLines reader =
        new ResultLines(Files.newBufferedReader(results, StandardCharsets.UTF_8))) {
      while (reader.hasNext()) {
        BatchResult result = reader.next();
        lines++;
        if (!known.contains(result.customId())) {
          return "unknown custom_id " + result.customId();
        }
        if (!seen.add(result.customId())) {
          return "custom_id " + result.customId() + " appears twice";
        }
      }
    } catch (ResultLines.DamagedResults e) {
      return e.getMessage();
    } catch (IOException | UncheckedIOException e) {
      return "cannot read the results: " + e.getMessage();
    }
    return lines == expected ? null : lines + " results for " + expected + " requests";
  }

  static void forEach(Path results, Consumer<BatchResult> action) {
    try (ResultLines reader =
        new ResultLines(Files.newBufferedReader(results, StandardCharsets.UTF_8))) {
      reader.forEachRemaining(action);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
