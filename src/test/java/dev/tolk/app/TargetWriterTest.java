package dev.tolk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.core.Unit;
import dev.tolk.core.UnitOutcome;
import dev.tolk.core.UnitRef;
import dev.tolk.core.message.Message;
import dev.tolk.format.FileFormat;
import dev.tolk.format.LocalizationDocument;
import dev.tolk.format.csv.CsvFormat;
import dev.tolk.format.json.JsonFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetWriterTest {
  @TempDir Path root;

  private <D extends LocalizationDocument<D>> TargetJob job(
      FileFormat<D> format, String source, String sourceText, String target, String language)
      throws IOException {
    Path sourcePath = root.resolve(source);
    Files.writeString(sourcePath, sourceText);
    D sourceDocument = format.parse(source, sourceText.getBytes(StandardCharsets.UTF_8), "en");
    Path targetPath = root.resolve(target);
    D targetDocument =
        Files.exists(targetPath)
            ? format.parse(target, Files.readAllBytes(targetPath), language)
            : null;
    boolean shared = sourcePath.equals(targetPath);
    if (shared) {
      targetDocument = sourceDocument.forLanguage(language);
      sourceDocument = sourceDocument.forLanguage("en");
    }
    var documents = new TargetDocuments<>(format, sourceDocument, language, targetDocument, shared);
    return new TargetJob(
        new SourceFile(sourcePath, source, format, null), documents, targetPath, target);
  }

  private static UnitOutcome translated(String file, String key, String language, String text) {
    Unit unit = new Unit(new UnitRef(file, key, language), "source of " + key, null);
    return new UnitOutcome.Translated(unit, Message.text(text));
  }

  @Test
  void writesANewTargetAndReportsTheValuesAsTheFileHoldsThem() throws IOException {
    TargetJob job =
        job(new JsonFormat(), "en.json", "{\"a\": \"A\", \"b\": \"B\"}\n", "fr.json", "fr");
    var written =
        new TargetWriter()
            .write(
                List.of(job),
                List.of(
                    translated("en.json", "/a", "fr", "Ah"),
                    translated("en.json", "/b", "fr", "Bé")),
                Map.of());
    assertEquals(List.of("fr.json"), written.files());
    assertEquals("{\"a\": \"Ah\", \"b\": \"Bé\"}\n", Files.readString(root.resolve("fr.json")));
    assertTrue(written.outcomes().stream().allMatch(UnitOutcome.Translated.class::isInstance));
  }

  @Test
  void updatesInPlaceRemovesWhatItIsToldAndKeepsEverythingElse() throws IOException {
    Files.writeString(
        root.resolve("fr.json"),
        "{\n  \"a\": \"old\",\n  \"gone\": \"x\",\n  \"mine\": \"m\"\n}\n");
    TargetJob job =
        job(
            new JsonFormat(),
            "en.json",
            "{\n  \"a\": \"A\",\n  \"mine\": \"M\"\n}\n",
            "fr.json",
            "fr");
    var written =
        new TargetWriter()
            .write(
                List.of(job),
                List.of(translated("en.json", "/a", "fr", "nouveau")),
                Map.of(new TargetId("en.json", "fr"), Set.of("/gone")));
    assertEquals(List.of("fr.json"), written.files());
    assertEquals(
        "{\n  \"a\": \"nouveau\",\n  \"mine\": \"m\"\n}\n",
        Files.readString(root.resolve("fr.json")));
  }

  @Test
  void aTargetThatCannotBeWrittenIsLeftAloneAndItsUnitsFail() throws IOException {
    Files.createDirectories(root.resolve("blocked"));
    Files.writeString(root.resolve("blocked/fr.json"), "{}"); // a file where a folder must be
    TargetJob job =
        job(new JsonFormat(), "en.json", "{\"a\": \"A\"}", "blocked/fr.json/x.json", "fr");
    var written =
        new TargetWriter()
            .write(List.of(job), List.of(translated("en.json", "/a", "fr", "Ah")), Map.of());
    assertEquals(List.of(), written.files());
    UnitOutcome.Failed failed =
        assertInstanceOf(UnitOutcome.Failed.class, written.outcomes().get(0));
    assertTrue(failed.reason().startsWith("not written: "), failed.reason());
    assertEquals("{}", Files.readString(root.resolve("blocked/fr.json")));
  }

  @Test
  void twoLanguagesOfOneFileBuildOnEachOther() throws IOException {
    String csv = "key,en\ngreeting,Hello\n";
    TargetJob french = job(new CsvFormat(), "strings.csv", csv, "strings.csv", "fr");
    TargetJob german = job(new CsvFormat(), "strings.csv", csv, "strings.csv", "de");
    var written =
        new TargetWriter()
            .write(
                List.of(french, german),
                List.of(
                    translated("strings.csv", "greeting", "fr", "Bonjour"),
                    translated("strings.csv", "greeting", "de", "Hallo")),
                Map.of());
    assertEquals(List.of("strings.csv"), written.files());
    assertEquals(
        "key,en,fr,de\ngreeting,Hello,Bonjour,Hallo\n",
        Files.readString(root.resolve("strings.csv")));
  }

  @Test
  void nothingToWriteTouchesNothing() throws IOException {
    TargetJob job = job(new JsonFormat(), "en.json", "{\"a\": \"A\"}", "fr.json", "fr");
    var written = new TargetWriter().write(List.of(job), List.of(), Map.of());
    assertEquals(List.of(), written.files());
    assertFalse(Files.exists(root.resolve("fr.json")));
  }
}
