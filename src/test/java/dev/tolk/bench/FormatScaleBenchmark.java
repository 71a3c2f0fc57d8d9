package dev.tolk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading and writing large files: a Rails YAML file and a JSON file of the same 20,000 keys
 * (nested sections, comments, plurals), each planned ({@code run --dry-run}) and translated with
 * the pseudo provider into one language (read, translate, write, read back and verify), in tolk's
 * own JVM. Run: {@code ./mvnw -q -Pbenchmark test -Dtest=FormatScaleBenchmark} ({@code
 * -Dbench.keys=N}).
 */
@Tag("benchmark")
class FormatScaleBenchmark {
  @TempDir Path project;

  @Test
  @Timeout(value = 30, unit = TimeUnit.MINUTES)
  void twenty_thousand_keys_in_yaml_and_json() throws Exception {
    int keys = Integer.getInteger("bench.keys", 20_000);
    Files.writeString(project.resolve("en.yml"), rails(keys));
    Files.writeString(project.resolve("en.json"), json(keys));
    StringBuilder report = new StringBuilder();
    for (String file : List.of("en.yml", "en.json")) {
      Files.writeString(
          project.resolve("tolk.yaml"),
          "targets: [ru]\nprovider: pseudo\nfiles:\n  - source: " + file + "\n");
      double plan = wall("run", "--dry-run");
      double translate = wall("run");
      report.append(
          String.format(
              Locale.ROOT,
              "%s, %,d keys (%,d bytes): plan (run --dry-run) %.1f s; translate into ru with the"
                  + " pseudo provider (read, write, read back, verify) %.1f s%n",
              file,
              keys,
              Files.size(project.resolve(file)),
              plan,
              translate));
      Files.deleteIfExists(project.resolve("tolk.lock"));
    }
    System.out.print(report);
    Path results = Path.of("target", "benchmarks");
    Files.createDirectories(results);
    Files.writeString(results.resolve("format-scale.txt"), report);
  }

  /** The wall time of one tolk command in its own JVM. */
  private double wall(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.tolk.App"));
    command.addAll(List.of(args));
    command.add("-q");
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
    builder.redirectErrorStream(true).redirectOutput(project.resolve("out.txt").toFile());
    long start = System.nanoTime();
    Process tolk = builder.start();
    tolk.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    assertEquals(0, tolk.exitValue(), Files.readString(project.resolve("out.txt")));
    return seconds;
  }

  /** A Rails file: sections of 100 keys, a comment every 10th key, a plural every 20th. */
  static String rails(int keys) {
    StringBuilder yaml = new StringBuilder("---\nen:\n");
    for (int i = 0; i < keys; i++) {
      if (i % 100 == 0) {
        yaml.append("  section").append(i / 100).append(":\n");
      }
      if (i % 10 == 0) {
        yaml.append("    # shown on screen ").append(i / 100).append('\n');
      }
      if (i % 20 == 0) {
        yaml.append("    items")
            .append(i)
            .append(":\n")
            .append("      one: \"%{count} photo in album ")
            .append(i)
            .append("\"\n")
            .append("      other: \"%{count} photos in album ")
            .append(i)
            .append("\"\n");
      } else {
        yaml.append("    label")
            .append(i)
            .append(": Save the photo album number ")
            .append(i)
            .append(" for %{name}\n");
      }
    }
    return yaml.toString();
  }

  /** The same keys as nested i18next JSON, plurals as _one/_other keys. */
  static String json(int keys) {
    StringBuilder json = new StringBuilder("{\n");
    for (int i = 0; i < keys; i++) {
      if (i % 100 == 0) {
        json.append(i == 0 ? "" : "\n  },\n")
            .append("  \"section")
            .append(i / 100)
            .append("\": {\n");
      } else {
        json.append(",\n");
      }
      if (i % 20 == 0) {
        json.append("    \"items")
            .append(i)
            .append("_one\": \"{{count}} photo in album ")
            .append(i)
            .append("\",\n    \"items")
            .append(i)
            .append("_other\": \"{{count}} photos in album ")
            .append(i)
            .append('"');
      } else {
        json.append("    \"label")
            .append(i)
            .append("\": \"Save the photo album number ")
            .append(i)
            .append(" for {{name}}\"");
      }
    }
    return json.append("\n  }\n}\n").toString();
  }
}
