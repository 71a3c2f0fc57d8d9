package dev.tolk.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tolk.support.FakeAnthropic;
import dev.tolk.support.Tolk;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The real localization files beside the project ({@code ../shared/fixtures/real-world}, two per
 * format, not copied into the repository) translated into fr, ru, ar and ja, through the pseudo
 * provider and through the fake Messages API: per file, how many messages were translated, written
 * and accepted by {@code tolk check}, whether the outputs pass their ecosystem's check, and whether
 * a second run changes nothing. Run: {@code ./mvnw -q -Pbenchmark test -Dtest=RealWorldEvaluation};
 * the table goes to {@code target/benchmarks/real-world.txt}.
 */
@Tag("benchmark")
class RealWorldEvaluation {
  private static final Path FIXTURES = Path.of("..", "shared", "fixtures", "real-world");
  private static final String LANGUAGES = "fr,ru,ar,ja";

  /** Where a fixture goes in a project of its ecosystem's layout. */
  private static final Map<String, String> LAYOUT = new LinkedHashMap<>();

  static {
    LAYOUT.put("json-nested/plane-work-item.json", "locales/en.json");
    LAYOUT.put("json-nested/excalidraw-en.json", "locales/en.json");
    LAYOUT.put("json-flat/outline-translation.json", "locales/en.json");
    LAYOUT.put("json-flat/fider-client.json", "locales/en.json");
    LAYOUT.put("properties/tomcat-jasper-LocalStrings.properties", "LocalStrings.properties");
    LAYOUT.put(
        "properties/jenkins-UpdateSiteWarningsMonitor-message.properties", "message.properties");
    LAYOUT.put("po/supertuxkart.pot", "po/supertuxkart.pot");
    LAYOUT.put("po/gajim.pot", "po/gajim.pot");
    LAYOUT.put("xliff12/kubernetes-dashboard-messages.xlf", "i18n/messages.xlf");
    LAYOUT.put("xliff12/symfony-validators.en.xlf", "translations/validators.en.xlf");
    LAYOUT.put("xliff20/bolt-messages.en.xlf", "translations/messages.en.xlf");
    LAYOUT.put("xliff20/partdb-validators.en.xlf", "translations/validators.en.xlf");
    LAYOUT.put("android/etar-strings.xml", "res/values/strings.xml");
    LAYOUT.put("android/newpipe-strings.xml", "res/values/strings.xml");
    LAYOUT.put("apple-strings/transmission-Localizable.strings", "en.lproj/Localizable.strings");
    LAYOUT.put("apple-strings/quicksilver-Localizable.strings", "en.lproj/Localizable.strings");
    LAYOUT.put("xcstrings/coteditor-SettingsPorting.xcstrings", "SettingsPorting.xcstrings");
    LAYOUT.put("xcstrings/netnewswire-Localizable.xcstrings", "Localizable.xcstrings");
    LAYOUT.put("arb/flutter-gallery-intl_en.arb", "lib/l10n/intl_en.arb");
    LAYOUT.put("arb/fluffychat-intl_en.arb", "lib/l10n/intl_en.arb");
    LAYOUT.put("yaml/redmine-en.yml", "config/locales/en.yml");
    LAYOUT.put("yaml/diaspora-en.yml", "config/locales/en.yml");
    LAYOUT.put("csv/godot-demo-text.csv", "text.csv");
    LAYOUT.put("csv/openmage-Mage_Customer.csv", "Mage_Customer.csv");
  }

  @TempDir Path work;

  @Test
  void every_real_file_into_four_languages() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(FIXTURES), "no ../shared/fixtures/real-world here");
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "%-52s %-7s %8s %10s %7s %9s %6s %6s%n",
            "file",
            "through",
            "messages",
            "translated",
            "failed",
            "check ok",
            "tools",
            "rerun"));
    int[] totals = new int[4];
    for (var fixture : LAYOUT.entrySet()) {
      for (String provider : List.of("pseudo", "claude")) {
        int[] row = evaluate(fixture.getKey(), fixture.getValue(), provider, report);
        for (int i = 0; i < row.length; i++) {
          totals[i] += row[i];
        }
      }
    }
    report.append(
        String.format(
            Locale.ROOT,
            "%-52s %-7s %8d %10d %7d %9d%n",
            "total",
            "",
            totals[0],
            totals[1],
            totals[2],
            totals[3]));
    System.out.print(report);
    Path results = Path.of("target", "benchmarks");
    Files.createDirectories(results);
    Files.writeString(results.resolve("real-world.txt"), report);
  }

  /** messages (source × languages), translated, failed, accepted by check. */
  private int[] evaluate(String fixture, String path, String provider, StringBuilder report)
      throws Exception {
    Path project = Files.createTempDirectory(work, "p");
    Path source = project.resolve(path);
    Files.createDirectories(source.getParent());
    Files.copy(FIXTURES.resolve(fixture), source);
    Files.writeString(
        project.resolve("tolk.yaml"),
        "targets: ["
            + LANGUAGES
            + "]\nprovider: "
            + provider
            + "\nbatch:\n  threshold: 1000000\nchunking:\n  max-items: 40\nfiles:\n  - source: "
            + path
            + "\n");
    try (FakeAnthropic api = new FakeAnthropic()) {
      Tolk tolk = new Tolk(project).against(api);
      Tolk.Result run = tolk.run("run", "--json", "--concurrency", "4");
      JsonNode summary = new ObjectMapper().readTree(run.out());
      int pending = summary.path("pending").asInt();
      int translated = summary.path("translated").asInt();
      int failed = summary.path("failed").asInt();
      Map<Path, byte[]> written = outputs(project);
      String tools = "ok";
      for (var file : written.entrySet()) {
        String problem = ecosystemProblem(file.getKey(), file.getValue());
        if (problem != null) {
          tools = "FAIL";
          report.append("    ").append(file.getKey().getFileName()).append(": ").append(problem);
        }
      }
      Tolk.Result check = tolk.run("check", "--json");
      JsonNode findings = new ObjectMapper().readTree(check.out());
      int checked = findings.path("checked").asInt();
      int bad = findings.path("findings").size();
      Tolk.Result again = tolk.run("run", "--json");
      boolean same = again.exitCode() == 0 && outputsEqual(written, outputs(project));
      report.append(
          String.format(
              Locale.ROOT,
              "%-52s %-7s %8d %10d %7d %9d %6s %6s%n",
              fixture,
              provider.equals("claude") ? "fake" : provider,
              pending,
              translated,
              failed,
              checked - bad,
              tools,
              same ? "same" : "CHANGED"));
      for (JsonNode failure : summary.path("failures")) {
        if (failed <= 5) {
          report
              .append("    failed ")
              .append(failure.path("key").asText())
              .append(" [")
              .append(failure.path("language").asText())
              .append("]: ")
              .append(failure.path("reason").asText())
              .append('\n');
        }
      }
      int shown = 0;
      for (JsonNode finding : findings.path("findings")) {
        if (shown++ < 5) {
          report
              .append("    check: ")
              .append(finding.path("key").asText())
              .append(" [")
              .append(finding.path("language").asText())
              .append("]: ")
              .append(finding.path("problem").asText())
              .append('\n');
        }
      }
      return new int[] {pending, translated, failed, checked - bad};
    }
  }

  private static Map<Path, byte[]> outputs(Path project) throws IOException {
    Map<Path, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(project)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        String relative = project.relativize(file).toString();
        if (!relative.startsWith(".tolk") && !relative.startsWith("tolk.")) {
          files.put(file, Files.readAllBytes(file));
        }
      }
    }
    return files;
  }

  private static boolean outputsEqual(Map<Path, byte[]> a, Map<Path, byte[]> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    return a.entrySet().stream()
        .allMatch(e -> java.util.Arrays.equals(e.getValue(), b.get(e.getKey())));
  }

  /** What the ecosystem's own tools say of a file: null when they accept it. */
  private static String ecosystemProblem(Path file, byte[] bytes) throws Exception {
    String name = file.getFileName().toString();
    try {
      if (name.endsWith(".po")) {
        Process msgfmt =
            new ProcessBuilder("msgfmt", "--check-format", "-o", "/dev/null", file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(msgfmt.getInputStream().readAllBytes());
        assertTrue(msgfmt.waitFor(60, TimeUnit.SECONDS));
        return msgfmt.exitValue() == 0 ? null : output.lines().limit(3).toList() + "\n";
      } else if (name.endsWith(".xml") || name.endsWith(".xlf")) {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
      } else if (name.endsWith(".json") || name.endsWith(".arb") || name.endsWith(".xcstrings")) {
        new ObjectMapper().readTree(bytes);
      } else if (name.endsWith(".yml")) {
        new Yaml(new LoaderOptions())
            .load(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
      }
    } catch (Exception e) {
      return e.getMessage() + "\n";
    }
    return null;
  }
}
