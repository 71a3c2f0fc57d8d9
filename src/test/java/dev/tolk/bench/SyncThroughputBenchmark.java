package dev.tolk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tolk.support.FakeAnthropic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Synchronous throughput of a whole {@code tolk run} process (JVM start included, the launcher's
 * flags) against a local fake of the Messages API under three profiles: Anthropic's Tier-1 limits
 * refilled over a real minute, the same limits refilled over 3 s windows, and no limits. Each
 * limited run is compared with the bound its workload allows: for each limit, (the workload's
 * demand at perfect chunking - the full bucket at the start) / the refill rate, the largest of the
 * three, plus one answer's latency. Run: {@code ./mvnw -q -Pbenchmark test
 * -Dtest=SyncThroughputBenchmark} ({@code -Dbench.units=N} to size it, 2,000 by default, split
 * among the languages; about four minutes).
 */
@Tag("benchmark")
class SyncThroughputBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ITEMS_PER_REQUEST = 20;
  private static final String[] WORDS =
      ("photo album share upload your the a new file folder settings account password delete "
              + "save changes cannot be undone sign in out welcome back export import picture library "
              + "sync device storage full free space recent favorites search results empty try again later")
          .split(" ");

  @TempDir Path project;

  @Test
  @Timeout(value = 30, unit = TimeUnit.MINUTES)
  void tier_one_limits_over_a_minute() throws Exception {
    measure(RateLimitedApi.TIER_1, List.of("fr"), "sync-throughput-tier1.txt");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void tier_one_limits_over_three_second_windows() throws Exception {
    measure(RateLimitedApi.SHORT_WINDOWS, List.of("fr"), "sync-throughput-short-windows.txt");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void no_limits_two_languages() throws Exception {
    measure(RateLimitedApi.NO_LIMITS, List.of("fr", "de"), "sync-throughput-no-limits.txt");
  }

  private void measure(RateLimitedApi.Profile profile, List<String> languages, String file)
      throws Exception {
    int keys = Integer.getInteger("bench.units", 2000) / languages.size();
    List<String> texts = writeProject(keys, languages);
    long ownTokens = texts.stream().mapToLong(text -> text.length() / 4).sum() * languages.size();
    long units = (long) keys * languages.size();
    Demand demand = demand(texts, languages);
    try (RateLimitedApi api = new RateLimitedApi(profile)) {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
      String extra = System.getProperty("bench.jvmArgs", "");
      if (!extra.isBlank()) {
        command.addAll(List.of(extra.trim().split("\\s+"))); // e.g. -Xlog:class+load to profile
      }
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.tolk.App"));
      command.addAll(List.of("run", "-q", "--sync"));
      ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
      builder.environment().put("ANTHROPIC_BASE_URL", api.baseUrl());
      builder.environment().put("ANTHROPIC_API_KEY", FakeAnthropic.KEY);
      builder.redirectErrorStream(true).redirectOutput(project.resolve("out.txt").toFile());
      long start = System.nanoTime();
      Process tolk = builder.start();
      tolk.waitFor();
      double wall = (System.nanoTime() - start) / 1e9;
      assertEquals(0, tolk.exitValue(), Files.readString(project.resolve("out.txt")));

      long requests = api.answered.get();
      double refusedShare = api.refused.get() / (double) (requests + api.refused.get());
      double billedInput =
          api.uncachedInput.get() + 1.25 * api.cacheWrite.get() + 0.1 * api.cacheRead.get();
      double dollars =
          (api.uncachedInput.get() * 2.0
                  + api.outputTokens.get() * 10.0
                  + api.cacheWrite.get() * 2.5
                  + api.cacheRead.get() * 0.2)
              / 1e6;
      StringBuilder report =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "sync throughput, %s, %d units (%d keys into %s), whole process%n"
                      + "  requests answered %d, answered 429: %d (%.1f%% of requests; %s)%n"
                      + "  tokens: input %d uncached + %d cache write + %d cache read, output %d%n"
                      + "  wall %.2f s: first request at %.2f s, last answer at %.2f s%n",
                  profile.name(),
                  units,
                  keys,
                  String.join(" and ", languages),
                  requests,
                  api.refused.get(),
                  100 * refusedShare,
                  api.refusedBy.isEmpty() ? "none" : "over " + api.refusedBy,
                  api.uncachedInput.get(),
                  api.cacheWrite.get(),
                  api.cacheRead.get(),
                  api.outputTokens.get(),
                  wall,
                  (api.firstRequest.get() - start) / 1e9,
                  (api.lastAnswer.get() - start) / 1e9));
      if (profile.limited()) {
        double bound = bound(profile, demand);
        report.append(
            String.format(
                Locale.ROOT,
                "  the workload's demand: %d requests, %d input and %d output tokens at least;"
                    + " bound %.1f s; wall vs bound %.2f%n",
                demand.requests(),
                demand.input(),
                demand.output(),
                bound,
                bound / wall));
      }
      report.append(
          String.format(
              Locale.ROOT,
              "  input per unit: %.1f tokens at full price vs the unit's own text %.1f: %.2fx;"
                  + " with cache writes (1.25x) and reads (0.1x) priced in: %.2fx%n"
                  + "  cost at claude-sonnet-5 prices: $%.4f per 1,000 units%n",
              api.uncachedInput.get() / (double) units,
              ownTokens / (double) units,
              api.uncachedInput.get() / (double) ownTokens,
              billedInput / ownTokens,
              dollars * 1000 / units));
      System.out.print(report);
      Path results = Path.of("target", "benchmarks");
      Files.createDirectories(results);
      Files.writeString(results.resolve(file), report.toString());
    }
  }

  /** What the workload needs at the least: chunks of 20, each item's text and answer once. */
  private record Demand(long requests, long input, long output) {}

  private static Demand demand(List<String> texts, List<String> languages) {
    long requests = 0;
    long input = 0;
    long output = 0;
    for (String language : languages) {
      for (int from = 0; from < texts.size(); from += ITEMS_PER_REQUEST) {
        ObjectNode items = JSON.createObjectNode();
        ObjectNode answers = JSON.createObjectNode();
        for (int i = from; i < Math.min(texts.size(), from + ITEMS_PER_REQUEST); i++) {
          String id = Integer.toString(i - from + 1);
          items.put(id, texts.get(i));
          answers.put(id, FakeAnthropic.translate(language, texts.get(i)));
        }
        requests++;
        input += items.toString().length() / 4 + 8; // the fake's count, without tolk's framing
        output += answers.toString().length() / 4; // the fake's count of an answer
      }
    }
    return new Demand(requests, input, output);
  }

  private static double bound(RateLimitedApi.Profile profile, Demand demand) {
    double window = profile.window().toMillis() / 1000.0;
    double seconds =
        Math.max(
            Math.max(
                (demand.requests() - profile.requests()) * window / profile.requests(),
                (demand.input() - profile.inputTokens()) * window / profile.inputTokens()),
            (demand.output() - profile.outputTokens()) * window / profile.outputTokens());
    return Math.max(0, seconds) + profile.latencyMillis(0) / 1000.0;
  }

  /** A JSON file of UI-like strings (3 to 14 words, some with placeholders); their texts. */
  private List<String> writeProject(int keys, List<String> languages) throws Exception {
    Random random = new Random(42);
    StringBuilder json = new StringBuilder("{\n");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < keys; i++) {
      StringBuilder text = new StringBuilder();
      int words = 3 + random.nextInt(12);
      for (int w = 0; w < words; w++) {
        text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
      }
      if (i % 5 == 0) {
        text.append(" {count}");
      }
      texts.add(text.toString());
      json.append("  \"key")
          .append(i)
          .append("\": \"")
          .append(text)
          .append(i + 1 < keys ? "\",\n" : "\"\n");
    }
    Files.writeString(project.resolve("en.json"), json.append("}\n"));
    Files.writeString(
        project.resolve("tolk.yaml"),
        "targets: [" + String.join(", ", languages) + "]\nfiles:\n  - source: en.json\n");
    return texts;
  }
}
