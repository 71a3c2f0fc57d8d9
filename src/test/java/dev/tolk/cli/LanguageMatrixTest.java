package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tolk.core.Entry;
import dev.tolk.core.message.CldrPlurals;
import dev.tolk.core.message.IcuTree;
import dev.tolk.core.message.Message;
import dev.tolk.core.message.MessageTree;
import dev.tolk.core.message.PluralKind;
import dev.tolk.format.FormatRegistry;
import dev.tolk.format.LocalizationDocument;
import dev.tolk.support.FakeAnthropic;
import dev.tolk.support.Tolk;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Every format with plural sources that carry printf, named placeholders and markup, into languages
 * whose plural rules differ most from English (ru, pl, ar, cs: many categories; ja, zh-Hant: none;
 * pt-BR and zh-Hant: a region or a script; fr for contrast), through the pseudo provider and
 * through fakes of the Messages and Batches APIs that answer plurals in the target's CLDR
 * categories. Each output passes its ecosystem's own check, has exactly the target language's
 * categories, keeps every placeholder in every form, passes {@code tolk check}, and a second run
 * changes no byte and takes nothing for a person's edit.
 */
class LanguageMatrixTest {
  private static final List<String> LANGUAGES =
      List.of("ru", "pl", "ar", "ja", "cs", "fr", "zh-Hant", "pt-BR");
  private static final Pattern TOKEN =
      Pattern.compile(
          "%\\(\\w+\\)[ds]|%\\d+\\$[a-z@]+|%l{0,2}[sd@]|\\{\\{\\w+\\}\\}|%\\{\\w+\\}"
              + "|\\{[\\w.]+\\}|</?[a-z0-9:]+[^>]*>|&\\w+;");

  @TempDir Path project;
  private final FakeAnthropic api = new FakeAnthropic();

  @AfterEach
  void stop() throws IOException {
    api.close();
  }

  /** A format's fixture project: the source files and where each language goes. */
  record Fixture(String folder, String source, String output) {}

  static Stream<Arguments> matrix() {
    List<Fixture> fixtures =
        List.of(
            new Fixture("po", "po/messages.pot", "po/{lang}.po"),
            new Fixture("android", "res/values/*.xml", null),
            new Fixture("xcstrings", "Localizable.xcstrings", null),
            new Fixture("arb", "lib/l10n/app_en.arb", null),
            new Fixture("json-icu", "locales/en.json", null),
            new Fixture(
                "i18next", "locales/en/translation.json", "locales/{lang}/translation.json"),
            new Fixture("rails", "config/locales/en.yml", null),
            new Fixture("xliff", "i18n/messages.xlf", null),
            new Fixture(
                "strings", "en.lproj/Localizable.strings", "{lang}.lproj/Localizable.strings"),
            new Fixture("csv", "text.csv", null));
    List<Arguments> arguments = new ArrayList<>();
    for (Fixture fixture : fixtures) {
      for (String provider : List.of("pseudo", "sync", "batch")) {
        arguments.add(Arguments.of(fixture.folder(), fixture, provider));
      }
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "{0} through {2}")
  @MethodSource("matrix")
  void every_language_gets_its_own_plural_forms_with_every_placeholder(
      String name, Fixture fixture, String provider) throws Exception {
    copy(Path.of("src/test/resources/fixtures/plurals", fixture.folder()), project);
    Files.writeString(
        project.resolve("tolk.yaml"),
        "source: en\ntargets: ["
            + String.join(", ", LANGUAGES)
            + "]\nprovider: "
            + (provider.equals("pseudo") ? "pseudo" : "claude")
            + "\nbatch:\n  threshold: "
            + (provider.equals("batch") ? "0" : "100000")
            + "\n  poll-interval: 1s\nfiles:\n  - source: "
            + fixture.source()
            + (fixture.output() == null ? "" : "\n    output: '" + fixture.output() + "'")
            + "\n");
    Tolk tolk = new Tolk(project).against(api);
    api.batches().clock(tolk.time());

    Tolk.Result first = tolk.run("run");
    assertEquals(0, first.exitCode(), first.toString());
    Map<Path, byte[]> written = files();
    for (var file : written.entrySet()) {
      ecosystemAccepts(file.getKey(), file.getValue());
    }
    Map<String, Entry> sources = sources(fixture);
    int plurals = 0;
    for (String language : LANGUAGES) {
      Map<String, Entry> targets = targets(fixture, language);
      assertEquals(
          sources.keySet(),
          targets.keySet(),
          language + ": every message, in the file its ecosystem looks for");
      for (var target : targets.entrySet()) {
        Entry source = sources.get(target.getKey());
        if (source == null) {
          continue;
        }
        plurals += formsAreRight(source, target.getValue().message(), language, target.getKey());
      }
    }
    assertTrue(
        plurals > 0 || fixture.folder().equals("strings") || fixture.folder().equals("csv"),
        "plural messages were checked");

    Tolk.Result check = tolk.run("check");
    assertEquals(0, check.exitCode(), check.toString());

    Tolk.Result second = tolk.run("run");
    assertEquals(0, second.exitCode(), second.toString());
    assertTrue(second.out().startsWith("translated 0,"), second.out());
    assertFalse(second.out().contains("edited by a person"), second.out());
    Map<Path, byte[]> again = files();
    for (var file : written.entrySet()) {
      assertTrue(
          Arrays.equals(file.getValue(), again.get(file.getKey())),
          file.getKey() + " changed on a second run");
    }
  }

  /**
   * A plural has exactly the language's categories (and the source's explicit values), and each
   * form the placeholders of the source form it translates; the number may be left out only where a
   * form stands for a single number. Returns how many plural arguments were checked.
   */
  private static int formsAreRight(Entry source, Message translated, String language, String key) {
    List<Map<String, String>> expected = pluralForms(source.message());
    List<Map<String, String>> actual = pluralForms(translated);
    assertEquals(expected.size(), actual.size(), key + " [" + language + "]: plural arguments");
    for (int i = 0; i < expected.size(); i++) {
      Map<String, String> from = expected.get(i);
      Map<String, String> forms = actual.get(i);
      PluralKind kind = key.contains("ordinal") ? PluralKind.ORDINAL : PluralKind.CARDINAL;
      Set<String> categories = new TreeSet<>();
      forms.keySet().stream().filter(s -> !s.startsWith("=")).forEach(categories::add);
      Set<String> required = CldrPlurals.required(language, kind);
      assertTrue(
          required.containsAll(categories),
          key + " [" + language + "]: " + categories + " are not all " + language + " categories");
      for (String category : required) {
        assertTrue(
            categories.contains(category)
                || CldrPlurals.coveredByExplicit(language, kind, category, forms.keySet()),
            key + " [" + language + "]: the '" + category + "' form is missing: " + forms);
      }
      for (var form : forms.entrySet()) {
        String sourceForm = from.getOrDefault(form.getKey(), from.get("other"));
        List<String> want = tokens(sourceForm);
        List<String> have = tokens(form.getValue());
        boolean single =
            form.getKey().startsWith("=")
                || CldrPlurals.singleValued(language, kind, form.getKey(), from.keySet());
        List<String> other = tokens(from.get("other"));
        if (single) {
          assertTrue(
              other.containsAll(have),
              key + " [" + language + "] '" + form.getKey() + "': " + have + " not in " + other);
        } else {
          assertEquals(
              new TreeSet<>(other),
              new TreeSet<>(have),
              key
                  + " ["
                  + language
                  + "] '"
                  + form.getKey()
                  + "' keeps every placeholder of "
                  + want);
        }
      }
    }
    return expected.size();
  }

  /** The plural arguments of a message, each as its forms. */
  private static List<Map<String, String>> pluralForms(Message message) {
    List<Map<String, String>> result = new ArrayList<>();
    if (message instanceof Message.Plural plural) {
      result.add(plural.branches());
      return result;
    }
    String text = ((Message.Text) message).text();
    IcuTree.parse(text, message.dialect() == dev.tolk.core.message.Dialect.ICU_LITERAL_APOSTROPHES)
        .filter(IcuTree::hasArguments)
        .ifPresent(tree -> collect(tree, text, result));
    return result;
  }

  private static void collect(MessageTree tree, String text, List<Map<String, String>> result) {
    for (MessageTree.Node node : tree.nodes()) {
      if (node instanceof MessageTree.Choice choice && !choice.select()) {
        Map<String, String> forms = new HashMap<>();
        choice.branches().forEach((selector, branch) -> forms.put(selector, render(branch)));
        result.add(forms);
      }
    }
  }

  private static String render(MessageTree tree) {
    StringBuilder out = new StringBuilder();
    for (MessageTree.Node node : tree.nodes()) {
      if (node instanceof MessageTree.Literal literal) {
        out.append(literal.text());
      } else if (node instanceof MessageTree.Argument argument) {
        out.append(argument.token().equals("#") ? "{#}" : argument.token());
      }
    }
    return out.toString();
  }

  /** Placeholders, arguments and tags, by an independent pattern; the number as {#}. */
  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(text.replace("{#}", "{count}").replace("#", "{count}"));
    while (matcher.find()) {
      tokens.add(matcher.group().replaceAll("\\s+", " "));
    }
    return tokens.stream().sorted().collect(Collectors.toList());
  }

  private Map<String, Entry> sources(Fixture fixture) throws IOException {
    Map<String, Entry> entries = new HashMap<>();
    for (Path file : sourceFiles(fixture)) {
      LocalizationDocument document = parse(file, "en");
      LocalizationDocument view = document.forLanguage("en");
      (view == null ? document : view).catalog().entries().forEach(e -> entries.put(e.key(), e));
    }
    return entries;
  }

  private Map<String, Entry> targets(Fixture fixture, String language) throws IOException {
    Map<String, Entry> entries = new HashMap<>();
    for (Path file : files().keySet()) {
      if (sourceFiles(fixture).contains(file) && parse(file, "en").forLanguage("en") == null) {
        continue;
      }
      if (!isTargetOf(file, language)) {
        continue;
      }
      LocalizationDocument document = parse(file, language);
      LocalizationDocument view = document.forLanguage(language);
      (view == null ? document : view).catalog().entries().forEach(e -> entries.put(e.key(), e));
    }
    return entries;
  }

  /** Whether a written file holds this language (by its name, or a file of every language). */
  private boolean isTargetOf(Path file, String language) throws IOException {
    String path = project.relativize(file).toString();
    if (parse(file, "en").forLanguage("en") != null) {
      return true;
    }
    FormatRegistry formats = new FormatRegistry();
    String name = formats.forFile(file.getFileName().toString()).localeName(language);
    return Pattern.compile("(^|[/_.-])" + Pattern.quote(name) + "([/_.]|$)").matcher(path).find();
  }

  private List<Path> sourceFiles(Fixture fixture) throws IOException {
    List<Path> files = new ArrayList<>();
    var matcher = project.getFileSystem().getPathMatcher("glob:" + fixture.source());
    try (Stream<Path> walk = Files.walk(project)) {
      walk.filter(Files::isRegularFile)
          .filter(path -> matcher.matches(project.relativize(path)))
          .forEach(files::add);
    }
    return files;
  }

  private static LocalizationDocument parse(Path file, String language) throws IOException {
    return new FormatRegistry()
        .forFile(file.getFileName().toString())
        .parse(file.toString(), Files.readAllBytes(file), language);
  }

  /** The localization files of the project now (state and config left out). */
  private Map<Path, byte[]> files() throws IOException {
    Map<Path, byte[]> files = new HashMap<>();
    try (Stream<Path> walk = Files.walk(project)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String relative = project.relativize(file).toString();
        if (!relative.startsWith(".tolk")
            && !relative.equals("tolk.yaml")
            && !relative.equals("tolk.lock")) {
          files.put(file, Files.readAllBytes(file));
        }
      }
    }
    return files;
  }

  /** What each ecosystem's own tools accept: msgfmt, an XML parser, a JSON or YAML parser. */
  private static void ecosystemAccepts(Path file, byte[] bytes) throws Exception {
    String name = file.getFileName().toString();
    if (name.endsWith(".po")) {
      Process msgfmt;
      try {
        msgfmt =
            new ProcessBuilder("msgfmt", "--check", "-o", "/dev/null", file.toString())
                .redirectErrorStream(true)
                .start();
      } catch (IOException e) {
        return; // .ci/run installs gettext; FormatFidelityTest says so when it is missing
      }
      String output = new String(msgfmt.getInputStream().readAllBytes());
      assertTrue(msgfmt.waitFor(30, TimeUnit.SECONDS));
      assertEquals(0, msgfmt.exitValue(), file + ": " + output);
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
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
  }
}
