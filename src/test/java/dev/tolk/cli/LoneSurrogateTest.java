package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.support.FakeAnthropic;
import dev.tolk.support.Tolk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source whose escape decodes to half a character is refused at read time, in every format that
 * has escapes, with its file and line: it is never sent.
 */
class LoneSurrogateTest {
  @TempDir Path folder;
  private final FakeAnthropic api = new FakeAnthropic();

  @AfterEach
  void stop() throws IOException {
    api.close();
  }

  private void refused(String file, String content, String where) throws IOException {
    Files.createDirectories(folder.resolve(file).getParent());
    Files.writeString(folder.resolve(file), content);
    Tolk.Result result = new Tolk(folder).against(api).run("translate", file, "-t", "fr");
    assertEquals(ExitCodes.USAGE, result.exitCode(), result.toString());
    assertTrue(result.err().contains(where), result.toString());
    assertTrue(result.err().contains("lone surrogate"), result.toString());
    assertEquals(0, api.requestCount(), "nothing sent");
  }

  @Test
  void properties() throws IOException {
    refused("p/messages.properties", "ok=fine\nbad=half \\ud800 a char\n", "messages.properties:2");
  }

  @Test
  void appleStrings() throws IOException {
    refused(
        "en.lproj/Localizable.strings",
        "\"ok\" = \"fine\";\n\"bad\" = \"x \\UD83D y\";\n",
        "Localizable.strings:2");
  }

  @Test
  void android() throws IOException {
    refused(
        "res/values/strings.xml",
        "<resources>\n  <string name=\"ok\">fine</string>\n  <string name=\"bad\">x \\udc00</string>\n</resources>\n",
        "strings.xml:3");
  }

  @Test
  void stringCatalog() throws IOException {
    refused(
        "app/Localizable.xcstrings",
        "{\"sourceLanguage\": \"en\", \"strings\": {\"bad\": {\"localizations\": {\"en\": {\"stringUnit\":"
            + " {\"state\": \"translated\", \"value\": \"x \\ud800\"}}}}}, \"version\": \"1.0\"}\n",
        "Localizable.xcstrings");
  }
}
