package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.support.FakeAnthropic;
import dev.tolk.support.Tolk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitAndEstimateTest {
  @TempDir Path project;

  @Test
  void init_writes_a_starter_config_that_tolk_accepts_and_never_overwrites_one()
      throws IOException {
    Tolk.Result init = new Tolk(project).run("init", "-t", "ja,pt-BR");
    assertEquals(0, init.exitCode(), init.toString());
    assertTrue(Files.readString(project.resolve("tolk.yaml")).contains("targets: [ja, pt-BR]"));
    Files.createDirectories(project.resolve("locales"));
    Files.writeString(project.resolve("locales/en.json"), "{\"hi\": \"Hello\"}");
    Tolk.Result run = new Tolk(project).run("run", "--provider", "pseudo");
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(Files.exists(project.resolve("locales/pt-BR.json")));
    Tolk.Result again = new Tolk(project).run("init");
    assertEquals(2, again.exitCode());
    assertTrue(again.err().contains("already exists"), again.err());
  }

  @Test
  void estimate_shows_both_prices_and_sends_and_writes_nothing() throws IOException {
    try (FakeAnthropic api = new FakeAnthropic()) {
      Files.writeString(
          project.resolve("tolk.yaml"), "targets: [fr]\nfiles:\n  - source: en.json\n");
      Files.writeString(project.resolve("en.json"), "{\"hi\": \"Hello\", \"bye\": \"Goodbye\"}");
      Tolk.Result estimate = new Tolk(project).against(api).run("estimate");
      assertEquals(0, estimate.exitCode(), estimate.toString());
      assertTrue(estimate.out().contains("through the Messages API"), estimate.out());
      assertTrue(estimate.out().contains("through the Batch API"), estimate.out());
      assertEquals(0, api.requestCount());
      assertFalse(Files.exists(project.resolve("fr.json")));
    }
  }
}
