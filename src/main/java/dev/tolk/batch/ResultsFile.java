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
   * What a downloaded results file holds against the requests sent.
   *
   * @param damaged why the file cannot be read (a line that does not parse), or null
   * @param foreign lines whose custom_id is not one of the requests
   * @param repeated custom_ids answered more than once
   * @param missing requests without a line
   */
  record Check(String damaged, int foreign, int repeated, int missing) {
    static Check unreadable(String why) {
      return new Check(why, 0, 0, 0);
    }

    boolean complete() {
      return damaged == null && foreign == 0 && repeated == 0 && missing == 0;
    }

    @Override
    public String toString() {
      if (damaged != null) {
        return damaged;
      }
      return String.join(
          ", ",
          java.util.stream.Stream.of(
                  foreign > 0 ? foreign + " lines of requests not sent in this batch" : null,
                  repeated > 0 ? repeated + " requests answered twice" : null,
                  missing > 0 ? missing + " requests without a result" : null)
              .filter(part -> part != null)
              .toList());
    }
  }

  static Check check(Path results, Set<String> requested) {
    Set<String> seen = new HashSet<>();
    int foreign = 0;
    int repeated = 0;
    try (ResultLines reader =
        new ResultLines(Files.newBufferedReader(results, StandardCharsets.UTF_8))) {
      while (reader.hasNext()) {
        String id = reader.next().customId();
        if (!requested.contains(id)) {
          foreign++;
        } else if (!seen.add(id)) {
          repeated++;
        }
      }
    } catch (ResultLines.DamagedResults e) {
      return Check.unreadable(e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      return Check.unreadable("cannot read the results: " + e.getMessage());
    }
    return new Check(null, foreign, repeated, requested.size() - seen.size());
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
