package dev.tolk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tolk.app.Environment;
import dev.tolk.cli.Cli;
import dev.tolk.core.Sleeper;
import dev.tolk.support.FakeAnthropic;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Synchronous throughput under Anthropic's Tier-1 limits (50 requests, 30,000 input and 8,000
 * output tokens per minute) with 1 s latency, against a local fake. Reports wall time against the
 * bound the limits allow, the share of requests answered 429, billed input tokens per unit and
 * dollars per 1,000 units. Run: {@code ./mvnw -q -Pbenchmark test -Dtest=SyncThroughputBenchmark}
 * ({@code -Dbench.units=N} to size it; the default 2,000 takes about three minutes).
 */
@Tag("benchmark")
class SyncThroughputBenchmark {
  private static final String[] WORDS =
      ("photo album share upload your the a new file folder settings account password delete "
              + "save changes cannot be undone sign in out welcome back export import picture library "
              + "sync device storage full free space recent favorites search results empty try again later")
          .split(" ");

  @TempDir Path project;

  @Test
  @org.junit.jupiter.api.Timeout(value = 30, unit = java.util.concurrent.TimeUnit.MINUTES)
  void tier_one_limits() throws Exception {
    int units = Integer.getInteger("bench.units", 2000);
    long ownTokens = writeProject(units);
    try (RateLimitedApi api = new RateLimitedApi(50, 30_000, 8_000, 1000)) {
      Environment environment =
          new Environment(
              Map.of("ANTHROPIC_BASE_URL", api.baseUrl(), "ANTHROPIC_API_KEY", FakeAnthropic.KEY),
              project,
              Clock.systemUTC(),
              Sleeper.SYSTEM,
              false);
      StringWriter out = new StringWriter();
      long start = System.nanoTime();
      int code = Cli.run(environment, new PrintWriter(out), new PrintWriter(out), "run", "-q");
      double wall = (System.nanoTime() - start) / 1e9;
      assertEquals(0, code, out.toString());

      long requests = api.answered.get();
      double bound =
          60
                  * Math.max(
                      Math.max(
                          (requests - 50) / 50.0, (api.countedInput.get() - 30_000) / 30_000.0),
                      Math.max((api.outputTokens.get() - 8_000) / 8_000.0, 0))
              + 1.0;
      double refusedShare = api.refused.get() / (double) (requests + api.refused.get());
      double billedInput =
          api.uncachedInput.get() + 1.25 * api.cacheWrite.get() + 0.1 * api.cacheRead.get();
      double dollars =
          (api.uncachedInput.get() * 2.0
                  + api.outputTokens.get() * 10.0
                  + api.cacheWrite.get() * 2.5
                  + api.cacheRead.get() * 0.2)
              / 1e6;
      String report =
          String.format(
              Locale.ROOT,
              "sync throughput, Tier-1 limits (50 RPM, 30k ITPM, 8k OTPM), 1 s latency, %d units%n"
                  + "  requests answered %d, answered 429: %d (%.1f%% of requests)%n"
                  + "  tokens: input %d uncached + %d cache write + %d cache read, output %d%n"
                  + "  wall %.1f s, bound %.1f s: %.2f of the bound%n"
                  + "  input per unit: %.1f tokens at full price vs the unit's own text %.1f tokens: %.2fx%n"
                  + "  input per unit with cache writes (1.25x) and reads (0.1x) priced in: %.1f tokens: %.2fx%n"
                  + "  cost at claude-sonnet-5 prices: $%.4f per 1,000 units%n",
              units,
              requests,
              api.refused.get(),
              100 * refusedShare,
              api.uncachedInput.get(),
              api.cacheWrite.get(),
              api.cacheRead.get(),
              api.outputTokens.get(),
              wall,
              bound,
              bound / wall,
              api.uncachedInput.get() / (double) units,
              ownTokens / (double) units,
              api.uncachedInput.get() / (double) ownTokens,
              billedInput / units,
              billedInput / ownTokens,
              dollars * 1000 / units);
      System.out.print(report);
      Path results = Path.of("target", "benchmarks");
      Files.createDirectories(results);
      Files.writeString(results.resolve("sync-throughput.txt"), report);
    }
  }

  /** A JSON file of UI-like strings (3 to 14 words, some with placeholders); their own tokens. */
  private long writeProject(int units) throws Exception {
    Random random = new Random(42);
    StringBuilder json = new StringBuilder("{\n");
    long tokens = 0;
    for (int i = 0; i < units; i++) {
      StringBuilder text = new StringBuilder();
      int words = 3 + random.nextInt(12);
      for (int w = 0; w < words; w++) {
        text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
      }
      if (i % 5 == 0) {
        text.append(" {count}");
      }
      tokens += text.length() / 4;
      json.append("  \"key")
          .append(i)
          .append("\": \"")
          .append(text)
          .append(i + 1 < units ? "\",\n" : "\"\n");
    }
    Files.writeString(project.resolve("en.json"), json.append("}\n"));
    Files.writeString(project.resolve("tolk.yaml"), "targets: [fr]\nfiles:\n  - source: en.json\n");
    return tokens;
  }
}
