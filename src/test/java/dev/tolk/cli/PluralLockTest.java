package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tolk.support.FakeAnthropic;
import dev.tolk.support.Tolk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tolk.lock across languages and providers: tolk's own plural output is recognised as tolk's, a
 * lockfile of the first version does not turn plurals into a person's edits, pseudo-localized text
 * only stands in until a real provider runs, and a plural without its language's forms is
 * translated again.
 */
class PluralLockTest {
  private static final String ANDROID =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources>\n"
          + "    <string name=\"title\">Podcasts</string>\n"
          + "    <plurals name=\"episodes\">\n"
          + "        <item quantity=\"one\">%d episode</item>\n"
          + "        <item quantity=\"other\">%d episodes</item>\n"
          + "    </plurals>\n</resources>\n";

  @TempDir Path project;
  private final FakeAnthropic api = new FakeAnthropic();

  @AfterEach
  void stop() throws IOException {
    api.close();
  }

  private Tolk tolk() {
    return new Tolk(project).against(api);
  }

  private void android(String provider, String targets) throws IOException {
    Files.createDirectories(project.resolve("res/values"));
    Files.writeString(project.resolve("res/values/strings.xml"), ANDROID);
    Files.writeString(
        project.resolve("tolk.yaml"),
        "targets: ["
            + targets
            + "]\nprovider: "
            + provider
            + "\nfiles:\n  - source: res/values/strings.xml\n");
  }

  private JsonNode lock() throws IOException {
    return new ObjectMapper().readTree(project.resolve("tolk.lock").toFile());
  }

  @Test
  void tolks_own_plurals_are_not_a_persons_edit_and_a_changed_source_is_sent_again()
      throws IOException {
    android("claude", "ru, ja, ar");
    assertEquals(0, tolk().run("run").exitCode());
    Tolk.Result again = tolk().run("run");
    assertTrue(again.out().startsWith("translated 0, up to date 6"), again.out());
    assertFalse(again.out().contains("edited by a person"), again.out());

    Files.writeString(
        project.resolve("res/values/strings.xml"),
        ANDROID.replace("%d episodes<", "%d new episodes<"));
    Tolk.Result changed = tolk().run("run");
    assertEquals(0, changed.exitCode(), changed.toString());
    assertTrue(changed.out().startsWith("translated 3, up to date 3"), changed.out());
    assertTrue(changed.out().contains("3 of them changed in the source"), changed.out());
    assertTrue(
        Files.readString(project.resolve("res/values-ru/strings.xml"))
            .contains("<item quantity=\"many\">ru:%d new episodes</item>"));
  }

  @Test
  void a_first_version_lockfile_takes_plurals_as_tolks_own_and_is_rewritten() throws IOException {
    android("claude", "ru");
    assertEquals(0, tolk().run("run").exitCode());
    ObjectNode v1 = (ObjectNode) lock();
    v1.put("version", 1);
    ObjectNode episodes = (ObjectNode) v1.at("/files/res~1values~1strings.xml/ru/episodes");
    episodes.put("target", "0123456789abcdef"); // the first version hashed the model's answer
    episodes.remove("provider");
    Files.writeString(project.resolve("tolk.lock"), v1.toString());

    Tolk.Result run = tolk().run("run");
    assertEquals(0, run.exitCode(), run.toString());
    assertFalse(run.out().contains("edited by a person"), run.out());
    assertEquals(2, lock().path("version").asInt());
    JsonNode rewritten = lock().at("/files/res~1values~1strings.xml/ru/episodes");
    assertFalse(rewritten.has("legacy"), rewritten.toString());
    assertTrue(!rewritten.path("target").asText().equals("0123456789abcdef"));
    assertEquals(1, api.requestCount(), "nothing was sent again");
  }

  @Test
  void pseudo_text_stands_in_until_a_real_provider_translates_it() throws IOException {
    android("pseudo", "ru");
    assertEquals(0, tolk().run("run").exitCode());
    assertEquals("pseudo", lock().at("/files/res~1values~1strings.xml/ru/title/provider").asText());

    Files.writeString(
        project.resolve("tolk.yaml"),
        Files.readString(project.resolve("tolk.yaml")).replace("pseudo", "claude"));
    Tolk.Result check = tolk().run("check");
    assertEquals(5, check.exitCode(), check.toString());
    assertTrue(check.out().contains("only pseudo-localized"), check.out());

    Tolk.Result real = tolk().run("run");
    assertEquals(0, real.exitCode(), real.toString());
    assertTrue(real.out().startsWith("translated 2, up to date 0"), real.out());
    assertTrue(real.out().contains("2 of them had only a pseudo-localized stand-in"), real.out());
    assertEquals("claude", lock().at("/files/res~1values~1strings.xml/ru/title/provider").asText());
    assertEquals(0, tolk().run("check").exitCode());
  }

  @Test
  void a_plural_without_every_form_of_its_language_is_translated_again() throws IOException {
    Files.createDirectories(project.resolve("config/locales"));
    Files.writeString(
        project.resolve("config/locales/en.yml"),
        "en:\n  inbox:\n    one: \"%{count} message\"\n    other: \"%{count} messages\"\n  bye: Bye\n");
    Files.writeString(
        project.resolve("config/locales/ru.yml"),
        "ru:\n  inbox:\n    one: \"%{count} сообщение\"\n    other: \"%{count} сообщения\"\n  bye: Пока\n");
    Files.writeString(
        project.resolve("tolk.yaml"), "targets: [ru]\nfiles:\n  - source: config/locales/en.yml\n");
    Tolk.Result run = tolk().run("run");
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().startsWith("translated 1, up to date 1"), run.out());
    assertTrue(run.out().contains("1 of them are plurals that lacked forms"), run.out());
    assertEquals(
        "ru:\n  inbox:\n    one: \"ru:%{count} message\"\n    few: \"ru:%{count} messages\"\n"
            + "    many: \"ru:%{count} messages\"\n    other: \"ru:%{count} messages\"\n  bye: Пока\n",
        Files.readString(project.resolve("config/locales/ru.yml")));
  }
}
