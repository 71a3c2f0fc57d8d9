package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.support.Tolk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command's help says what is true of it; config errors speak the file's language. */
class HelpAndWordingTest {
  @TempDir Path project;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "run",
        "review",
        "translate",
        "estimate",
        "resume",
        "runs",
        "batch",
        "check",
        "status",
        "init"
      })
  void help_has_real_placeholders(String command) {
    Tolk.Result help = new Tolk(project).run(command, "--help");
    assertEquals(0, help.exitCode(), help.toString());
    assertFalse(help.out().contains("<arg"), help.out());
    assertFalse(help.out().contains("arg0"), help.out());
  }

  @Test
  void each_command_lists_only_the_options_it_takes() {
    String estimate = new Tolk(project).run("estimate", "--help").out();
    for (String option : new String[] {"--no-wait", "--poll-interval", "--max-wait", "--dry-run"}) {
      assertFalse(
          estimate.lines().anyMatch(line -> line.matches("\\s+(-\\w, )?" + option + "\\b.*")),
          option + " in\n" + estimate);
      assertFalse(estimate.contains("[" + option), option + " in\n" + estimate);
    }
    assertTrue(estimate.contains("--batch-threshold"), estimate);
    String translate = new Tolk(project).run("translate", "--help").out();
    assertFalse(translate.contains("--file="), translate);
    assertTrue(translate.contains("XLIFF") && translate.contains(".xcstrings"), translate);
    assertTrue(new Tolk(project).run("run", "--help").out().contains("default: 64"));
    assertEquals(ExitCodes.USAGE, new Tolk(project).run("estimate", "--no-wait").exitCode());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "concurrency: lots|concurrency: 'lots' is not a number",
        "remove-deleted-keys: maybe|remove-deleted-keys: 'maybe' is not true or false",
        "batch: {threshold: many}|batch.threshold: 'many' is not a number",
        "targets: fr|targets: expected a list, such as [fr, de]"
      })
  void a_value_of_the_wrong_kind_is_named_without_java_types(String line, String message)
      throws IOException {
    String config =
        line.startsWith("targets")
            ? line + "\nfiles:\n  - source: en.json\n"
            : "targets: [fr]\n" + line + "\nfiles:\n  - source: en.json\n";
    Files.writeString(project.resolve("tolk.yaml"), config);
    Files.writeString(project.resolve("en.json"), "{\"a\": \"b\"}\n");
    Tolk.Result result = new Tolk(project).run("run", "--provider", "pseudo");
    assertEquals(ExitCodes.CONFIGURATION, result.exitCode(), result.toString());
    assertTrue(result.err().contains(message), result.err());
    assertFalse(result.err().contains("java."), result.err());
  }
}
