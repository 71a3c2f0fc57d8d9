package dev.tolk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tolk.support.FakeAnthropic;
import dev.tolk.support.Tolk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What quality costs, in tokens and dollars, on the throughput benchmark's kind of workload (UI
 * strings of 3 to 14 words) against the fake API: input per unit with and without a brief (context,
 * tone, style, a glossary), and a translate + review run through the Messages API and through the
 * Batch API. Run: {@code ./mvnw -q -Pbenchmark test -Dtest=QualityCostBenchmark}.
 */
@Tag("benchmark")
class QualityCostBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int KEYS = 1000;
  private static final String BRIEF =
      "context: \"Tolk Cloud is a file-sharing app for small teams; users are office workers who"
          + " share photos and documents.\"\n"
          + "tone: {de: informal, fr: formal}\n"
          + "style: {all: \"Short, active voice; no exclamation marks.\"}\n"
          + "glossary:\n  keep: [\"Tolk Cloud\"]\n  terms: {fr: {folder: dossier, sync: synchroniser}}\n";
  private static final String[] WORDS =
      ("photo album share upload your the a new file folder settings account password delete "
              + "save changes cannot be undone sign in out welcome back export import picture library "
              + "sync device storage full free space recent favorites search results empty try again later")
          .split(" ");

  @TempDir Path root;

  @Test
  void quality_costs() throws Exception {
    StringBuilder report = new StringBuilder();
    try (FakeAnthropic api = new FakeAnthropic()) {
      JsonNode plain = dryRun(api, root.resolve("plain"), "");
      JsonNode briefed = dryRun(api, root.resolve("briefed"), BRIEF);
      report.append(
          String.format(
              Locale.ROOT,
              "%d units into fr, dry-run estimates:%n"
                  + "  without a brief: input %.1f tokens per unit, instructions %d tokens cached,"
                  + " $%.4f per 1,000 units (Messages API)%n"
                  + "  with a brief:    input %.1f tokens per unit, instructions %d tokens cached,"
                  + " $%.4f per 1,000 units (Messages API)%n",
              KEYS,
              plain.path("input_tokens").asDouble() / KEYS,
              plain.path("cached_tokens").asLong() / Math.max(1, plain.path("requests").asLong()),
              plain.path("synchronous_dollars").asDouble() * 1000 / KEYS,
              briefed.path("input_tokens").asDouble() / KEYS,
              briefed.path("cached_tokens").asLong()
                  / Math.max(1, briefed.path("requests").asLong()),
              briefed.path("synchronous_dollars").asDouble() * 1000 / KEYS));
      for (String path : new String[] {"--sync", "--use-batch-api"}) {
        JsonNode run;
        try (FakeAnthropic fresh = new FakeAnthropic()) { // an empty prompt cache for each
          run = translateAndReview(fresh, root.resolve("run" + path), path);
        }
        report.append(
            String.format(
                Locale.ROOT,
                "translate + review of %d units (%s): %d requests, input %d, output %d, cache write"
                    + " %d, cache read %d tokens; cost $%.4f (the same through the Messages API:"
                    + " $%.4f)%n",
                KEYS,
                path,
                run.path("usage").path("requests").asInt(),
                run.path("usage").path("input_tokens").asLong(),
                run.path("usage").path("output_tokens").asLong(),
                run.path("usage").path("cache_write_tokens").asLong(),
                run.path("usage").path("cache_read_tokens").asLong(),
                run.path("cost").asDouble(),
                run.path("cost_if_synchronous").asDouble()));
      }
    }
    System.out.print(report);
    Path results = Path.of("target", "benchmarks");
    Files.createDirectories(results);
    Files.writeString(results.resolve("quality-cost.txt"), report.toString());
  }

  private JsonNode dryRun(FakeAnthropic api, Path project, String brief) throws Exception {
    writeProject(project, brief);
    Tolk.Result result = new Tolk(project).against(api).run("run", "--dry-run", "--json");
    assertEquals(0, result.exitCode(), result.toString());
    return JSON.readTree(result.out()).path("estimate");
  }

  private JsonNode translateAndReview(FakeAnthropic api, Path project, String path)
      throws Exception {
    writeProject(project, BRIEF);
    Tolk tolk = new Tolk(project).against(api);
    Tolk.Result result = tolk.run("run", "--review", "--json", "--poll-interval", "1s", path);
    assertEquals(0, result.exitCode(), result.toString());
    JsonNode report = JSON.readTree(result.out());
    assertEquals(KEYS, report.path("review").path("reviewed").asInt(), result.out());
    return report;
  }

  private static void writeProject(Path project, String brief) throws Exception {
    Files.createDirectories(project);
    Random random = new Random(42);
    StringBuilder json = new StringBuilder("{\n");
    for (int i = 0; i < KEYS; i++) {
      StringBuilder text = new StringBuilder();
      int words = 3 + random.nextInt(12);
      for (int w = 0; w < words; w++) {
        text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
      }
      json.append("  \"screen")
          .append(i % 40)
          .append(".key")
          .append(i)
          .append("\": \"")
          .append(text)
          .append(i + 1 < KEYS ? "\",\n" : "\"\n");
    }
    Files.writeString(project.resolve("en.json"), json.append("}\n"));
    Files.writeString(
        project.resolve("tolk.yaml"), "targets: [fr]\nfiles:\n  - source: en.json\n" + brief);
  }
}
