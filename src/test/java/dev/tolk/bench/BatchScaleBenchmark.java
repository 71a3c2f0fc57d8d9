package dev.tolk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tolk.support.FakeAnthropic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 units through the batch path against a local fake: requests built and written, submitted
 * (5,000 requests), polled, results streamed, validated and mapped back, two 50,000-key files
 * written. tolk runs in its own JVM with its heap capped at 512 MB; its GC log gives the peak heap.
 * Run: {@code ./mvnw -q -Pbenchmark test -Dtest=BatchScaleBenchmark} ({@code -Dbench.keys=N}).
 */
@Tag("benchmark")
class BatchScaleBenchmark {
  private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

  @TempDir Path project;

  @Test
  @Timeout(value = 20, unit = TimeUnit.MINUTES)
  void one_hundred_thousand_units() throws Exception {
    int keys = Integer.getInteger("bench.keys", 50_000);
    StringBuilder json = new StringBuilder("{\n");
    for (int i = 0; i < keys; i++) {
      json.append("  \"screen")
          .append(i / 100)
          .append(".label")
          .append(i)
          .append("\": \"Save the photo album number ")
          .append(i)
          .append(" for {name}?\"")
          .append(i + 1 < keys ? ",\n" : "\n");
    }
    Files.writeString(project.resolve("en.json"), json.append("}\n"));
    Files.writeString(
        project.resolve("tolk.yaml"), "targets: [fr, de]\nfiles:\n  - source: en.json\n");
    try (FakeAnthropic api = new FakeAnthropic()) {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(
          List.of("-Xmx512m", "-XX:+UseSerialGC", "-Xlog:gc:file=" + project.resolve("gc.log")));
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.tolk.App"));
      command.addAll(List.of("run", "--use-batch-api", "--poll-interval", "1s", "-q"));
      ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
      builder.environment().put("ANTHROPIC_BASE_URL", api.baseUrl());
      builder.environment().put("ANTHROPIC_API_KEY", FakeAnthropic.KEY);
      builder.redirectErrorStream(true).redirectOutput(project.resolve("out.txt").toFile());
      long start = System.nanoTime();
      Process tolk = builder.start();
      tolk.waitFor();
      double wall = (System.nanoTime() - start) / 1e9;
      String out = Files.readString(project.resolve("out.txt"));
      assertEquals(0, tolk.exitValue(), out);

      long peak = 0;
      int collections = 0;
      Matcher matcher = GC.matcher(Files.readString(project.resolve("gc.log")));
      while (matcher.find()) {
        peak = Math.max(peak, Long.parseLong(matcher.group(1)));
        collections++;
      }
      Path run;
      try (var runs = Files.list(project.resolve(".tolk/runs"))) {
        run = runs.findFirst().orElseThrow();
      }
      long requestBytes = Files.size(run.resolve("requests/batch-000.jsonl"));
      String report =
          String.format(
              Locale.ROOT,
              "batch path, %,d units (%,d keys x 2 languages), %d batch(es) of %,d requests%n"
                  + "  wall %.1f s for the whole run in its own JVM (start-up, planning, %,d bytes of requests,"
                  + " submission, one poll, results streamed, validated, mapped back, two files written),"
                  + " the fake's work included%n"
                  + "  peak heap %d MB (largest occupancy before a collection, %d collections) with -Xmx512m%n",
              keys * 2,
              keys,
              api.batches().creates(),
              api.batches().customIds(api.batches().ids().get(0)).size(),
              wall,
              requestBytes,
              peak,
              collections);
      System.out.print(report);
      Path results = Path.of("target", "benchmarks");
      Files.createDirectories(results);
      Files.writeString(results.resolve("batch-scale.txt"), report);
      assertEquals(
          keys,
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(project.resolve("de.json").toFile())
              .size());
    }
  }
}
