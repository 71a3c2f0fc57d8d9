package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.support.Tolk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslateCommandTest {
  @TempDir Path folder;

  @Test
  void translates_named_files_by_the_format_convention_without_a_config() throws IOException {
    Files.writeString(folder.resolve("en.json"), "{\"hi\": \"Hello {name}\"}\n");
    Files.writeString(folder.resolve("messages.properties"), "# greeting\nhi=Hello {0}\n");
    Tolk.Result result =
        new Tolk(folder)
            .run("translate", "en.json", "messages.properties", "-t", "fr", "--provider", "pseudo");
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals("{\"hi\": \"[Ĥéļļö {name}]\"}\n", Files.readString(folder.resolve("fr.json")));
    assertEquals(
        "# greeting\nhi=[\\u0124\\u00E9\\u013C\\u013C\\u00F6 {0}]\n",
        Files.readString(folder.resolve("messages_fr.properties")));
  }

  @Test
  void an_output_pattern_places_the_translations() throws IOException {
    Files.writeString(folder.resolve("items.jsonl"), "{\"id\":\"a\",\"text\":\"Apple\"}\n");
    Tolk.Result result =
        new Tolk(folder)
            .run(
                "translate",
                "items.jsonl",
                "-t",
                "de,ja",
                "-o",
                "out/{name}-{lang}.{ext}",
                "--provider",
                "pseudo");
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals(
        "{\"id\":\"a\",\"text\":\"[Åþþļé]\"}\n",
        Files.readString(folder.resolve("out/items-ja.jsonl")));
    assertTrue(Files.exists(folder.resolve("out/items-de.jsonl")));
  }

  @Test
  void usage_errors_exit_2_and_a_missing_file_is_named() {
    assertEquals(2, new Tolk(folder).run("translate").exitCode());
    Tolk.Result missing =
        new Tolk(folder).run("translate", "nope.json", "-t", "fr", "--provider", "pseudo");
    assertEquals(2, missing.exitCode());
    assertEquals("tolk: nope.json: no such file\n", missing.err());
  }

  @Test
  void help_lists_the_exit_codes() {
    Tolk.Result help = new Tolk(folder).run("--help");
    assertEquals(0, help.exitCode());
    assertTrue(help.out().contains("Exit codes:"), help.out());
    assertTrue(help.out().contains("130   interrupted (resumable)"), help.out());
    assertTrue(new Tolk(folder).run("--version").out().startsWith("tolk "));
  }

  @Test
  void a_file_with_a_column_per_language_gains_columns_in_one_run() throws IOException {
    Files.writeString(
        folder.resolve("text.csv"), ",en,es\nKEY_HELLO,Hello!,Hola!\nKEY_BYE,\"Bye, now\",\n");
    Tolk.Result result =
        new Tolk(folder).run("translate", "text.csv", "-t", "es,fr,de", "--provider", "pseudo");
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals(
        ",en,es,fr,de\nKEY_HELLO,Hello!,Hola!,[Ĥéļļö!],[Ĥéļļö!]\nKEY_BYE,\"Bye, now\",\"[ƀýé, ñöŵ]\",\"[ƀýé, ñöŵ]\",\"[ƀýé, ñöŵ]\"\n"
            .replace("[ƀýé", "[Ɓýé"),
        Files.readString(folder.resolve("text.csv")));
    assertEquals(
        0,
        new Tolk(folder)
            .run("translate", "text.csv", "-t", "es,fr,de", "--provider", "pseudo")
            .exitCode());
  }
}
