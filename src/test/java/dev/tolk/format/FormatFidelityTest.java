package dev.tolk.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.support.Tolk;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One project per format (src/test/resources/fixtures/formats): a source and a partly translated
 * target with comments, odd layout and cases that must not be touched. Translating it with the
 * pseudo provider must give the golden file (fixtures/formats-expected) byte for byte, so every
 * byte that was not translated is checked; a second run changes nothing.
 */
class FormatFidelityTest {
  @TempDir Path project;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "json, locales/en.json, locales/fr.json",
    "properties, messages.properties, messages_fr.properties",
    "jsonl, items.jsonl, items.fr.jsonl",
    "yaml, config/locales/en.yml, config/locales/fr.yml",
    "po, po/messages.pot, po/fr.po",
    "xliff12, i18n/messages.xlf, i18n/messages.fr.xlf",
    "xliff20, translations/messages.en.xlf, translations/messages.fr.xlf",
    "android, res/values/strings.xml, res/values-fr/strings.xml",
    "strings, Resources/en.lproj/Localizable.strings, Resources/fr.lproj/Localizable.strings",
    "arb, lib/l10n/intl_en.arb, lib/l10n/intl_fr.arb",
    "csv, text.csv, text.csv",
    "xcstrings, Localizable.xcstrings, Localizable.xcstrings"
  })
  void pseudo_translation_gives_the_golden_file_and_keeps_every_other_byte(
      String format, String source, String target) throws Exception {
    copy(Path.of("src/test/resources/fixtures/formats", format), project);
    Tolk.Result result =
        new Tolk(project).run("translate", source, "-t", "fr", "--provider", "pseudo");
    assertEquals(0, result.exitCode(), result.toString());
    byte[] expected =
        Files.readAllBytes(Path.of("src/test/resources/fixtures/formats-expected", format, target));
    byte[] written = Files.readAllBytes(project.resolve(target));
    assertArrayEquals(
        expected, written, () -> new String(written, java.nio.charset.StandardCharsets.UTF_8));

    Tolk.Result again =
        new Tolk(project).run("translate", source, "-t", "fr", "--provider", "pseudo");
    assertEquals(0, again.exitCode(), again.toString());
    assertTrue(again.out().startsWith("translated 0,"), again.out());
    assertArrayEquals(
        expected, Files.readAllBytes(project.resolve(target)), "a second run changes no byte");

    if (target.endsWith(".xml") || target.endsWith(".xlf")) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.newDocumentBuilder().parse(new ByteArrayInputStream(written));
    }
    if (target.endsWith(".po")) {
      assertMsgfmtAccepts(project.resolve(target));
    }
  }

  private static void assertMsgfmtAccepts(Path file) throws Exception {
    Process msgfmt;
    try {
      msgfmt =
          new ProcessBuilder("msgfmt", "--check-format", "-o", "/dev/null", file.toString())
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      Assumptions.abort("gettext's msgfmt is not installed (.ci/run installs it)");
      return;
    }
    String output = new String(msgfmt.getInputStream().readAllBytes());
    assertTrue(msgfmt.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, msgfmt.exitValue(), output);
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
