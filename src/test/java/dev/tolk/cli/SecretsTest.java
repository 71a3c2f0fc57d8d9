package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.support.Tolk;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key given on the command line is never printed back, whatever the mistake around it. */
class SecretsTest {
  /** Shaped like a real key, and put together here so that no secret scanner takes it for one. */
  private static final String KEY = "sk-ant-" + "api03-SECRETVALUE-1234567890abcdef";

  @TempDir Path folder;

  private Tolk.Result run(String... args) {
    Tolk.Result result = new Tolk(folder).run(args);
    assertFalse(result.out().contains("SECRETVALUE"), result.toString());
    assertFalse(result.err().contains("SECRETVALUE"), result.toString());
    return result;
  }

  @Test
  void anUnknownKeyOptionIsRefusedWithoutItsValueAndSaysWhereTheKeyGoes() {
    for (String[] args :
        new String[][] {
          {"run", "--api-key=" + KEY},
          {"run", "--api-key", KEY},
          {"run", "--anthropic-api-key=" + KEY, "--dry-run"},
          {"translate", "en.json", "-t", "fr", "--ANTHROPIC_API_KEY=" + KEY},
        }) {
      Tolk.Result result = run(args);
      assertEquals(ExitCodes.USAGE, result.exitCode(), result.toString());
      assertTrue(result.err().contains("Unknown option"), result.toString());
      assertTrue(
          result.err().contains("ANTHROPIC_API_KEY environment variable only"), result.err());
    }
  }

  @Test
  void anythingKeyLikeOrTheValueOfASecretOptionIsHidden() {
    Tolk.Result positional = run("run", KEY);
    assertEquals(ExitCodes.USAGE, positional.exitCode());
    assertTrue(positional.err().contains("***"), positional.err());
    Tolk.Result token = run("batch", "list", "--token=plain-secret-SECRETVALUE");
    assertEquals(ExitCodes.USAGE, token.exitCode());
    Tolk.Result unknownValue = run("batch", "list", "--limit", KEY);
    assertEquals(ExitCodes.USAGE, unknownValue.exitCode(), unknownValue.toString());
  }

  @Test
  void aMistakeWithoutASecretIsReportedAsIs() {
    Tolk.Result result = run("run", "--bogus");
    assertEquals(ExitCodes.USAGE, result.exitCode());
    assertTrue(result.err().contains("Unknown option: '--bogus'"), result.err());
    assertFalse(result.err().contains("ANTHROPIC_API_KEY environment variable only"));
  }
}
