package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Action and the example workflows: parsed, and their tolk steps run through the
 * action's own step script against the offline pseudo provider, on a copy of the example project.
 */
class EverydayCiTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path ACTION = Path.of(".github/actions/translate");

  @TempDir Path work;
  private Path project;
  private Path tolk;

  @BeforeEach
  void setUp() throws IOException {
    project = work.resolve("project");
    copy(Path.of("examples/quickstart"), project);
    tolk = work.resolve("tolk");
    Files.writeString(
        tolk,
        "#!/bin/sh\nexec '"
            + Path.of(System.getProperty("java.home"), "bin", "java")
            + "' -XX:TieredStopAtLevel=1 -cp '"
            + System.getProperty("java.class.path")
            + "' dev.tolk.App \"$@\"\n");
    assertTrue(tolk.toFile().setExecutable(true));
  }

  /** The outcome of the action's step: its exit code and the outputs it wrote. */
  private record Step(int exitCode, String outputs) {
    JsonNode summary() throws IOException {
      String text = outputs.substring(outputs.indexOf('\n', outputs.indexOf("summary<<")) + 1);
      return JSON.readTree(text.substring(0, text.lastIndexOf("\ntolk_")));
    }
  }

  private Step step(Map<String, String> inputs) throws Exception {
    Path outputs = work.resolve("outputs-" + System.nanoTime());
    ProcessBuilder builder =
        new ProcessBuilder("bash", ACTION.resolve("run-tolk.sh").toAbsolutePath().toString())
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("log").toFile());
    builder.environment().put("TOLK", tolk.toString());
    builder.environment().put("GITHUB_OUTPUT", outputs.toString());
    builder.environment().put("RUNNER_TEMP", work.toString());
    builder.environment().put("TOLK_COMMAND", inputs.getOrDefault("command", "run"));
    builder.environment().put("TOLK_TARGETS", inputs.getOrDefault("target-languages", ""));
    builder.environment().put("TOLK_PROVIDER_INPUT", inputs.getOrDefault("provider", ""));
    builder.environment().put("TOLK_ARGS", inputs.getOrDefault("args", ""));
    builder.environment().put("TOLK_OK", inputs.getOrDefault("ok-exit-codes", "0"));
    builder.environment().remove("ANTHROPIC_API_KEY");
    Process process = builder.start();
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the step finished");
    return new Step(process.exitValue(), Files.readString(outputs));
  }

  @Test
  void the_action_declares_its_inputs_and_outputs_and_runs_the_step_script() throws Exception {
    JsonNode action = YAML.readTree(ACTION.resolve("action.yml").toFile());
    assertEquals("composite", action.path("runs").path("using").asText());
    for (String input :
        List.of("command", "target-languages", "provider", "args", "ok-exit-codes")) {
      assertTrue(action.path("inputs").has(input), input);
    }
    for (String output : List.of("exit-code", "summary", "summary-file")) {
      assertTrue(action.path("outputs").has(output), output);
    }
    String steps = action.path("runs").path("steps").toString();
    assertTrue(steps.contains("actions/setup-java"), steps);
    assertTrue(steps.contains("mvnw"), steps);
    assertTrue(steps.contains("run-tolk.sh"), steps);
  }

  @Test
  void the_step_exposes_the_summary_and_the_exit_code_and_fails_on_a_bad_one() throws Exception {
    Step check = step(Map.of("command", "check"));
    assertEquals(5, check.exitCode(), check.outputs());
    assertTrue(check.outputs().contains("exit-code=5"), check.outputs());
    assertFalse(check.summary().path("findings").isEmpty());

    Step run = step(Map.of("command", "run", "provider", "pseudo", "target-languages", "fr"));
    assertEquals(0, run.exitCode(), run.outputs());
    assertEquals("OK", run.summary().path("status").asText());

    Step tolerated = step(Map.of("command", "check", "ok-exit-codes", "0,5"));
    assertEquals(0, tolerated.exitCode(), "5 is accepted when the workflow says so");
    assertTrue(tolerated.outputs().contains("exit-code=5"));
  }

  @Test
  void every_example_workflow_parses_and_its_tolk_steps_run_against_the_pseudo_provider()
      throws Exception {
    List<Path> workflows;
    try (Stream<Path> files = Files.list(Path.of("examples/github"))) {
      workflows = files.filter(file -> file.toString().endsWith(".yml")).sorted().toList();
    }
    assertEquals(3, workflows.size(), workflows.toString());
    int stepsRun = 0;
    for (Path workflow : workflows) {
      JsonNode root = YAML.readTree(workflow.toFile());
      assertTrue(root.has("jobs"), workflow.toString());
      for (JsonNode job : root.path("jobs")) {
        for (JsonNode step : job.path("steps")) {
          if (!step.path("uses").asText().contains("/.github/actions/translate@")) {
            continue;
          }
          Map<String, String> inputs = new java.util.HashMap<>();
          step.path("with")
              .fields()
              .forEachRemaining(e -> inputs.put(e.getKey(), e.getValue().asText()));
          String command = inputs.getOrDefault("command", "run");
          if (List.of("run", "review", "translate").contains(command)) {
            inputs.put("provider", "pseudo");
          }
          Step result = step(inputs);
          List<String> ok =
              new ArrayList<>(Arrays.asList(inputs.getOrDefault("ok-exit-codes", "0").split(",")));
          if (command.equals("check")) {
            ok.add("5"); // the example project is not translated yet: the gate says so
          }
          assertTrue(
              ok.contains(Integer.toString(result.exitCode())),
              workflow + " " + command + ": exit " + result.exitCode() + "\n" + result.outputs());
          stepsRun++;
        }
      }
    }
    assertEquals(4, stepsRun, "check, run, and the nightly run and resume");
  }

  @Test
  void status_and_init_on_the_example_project() throws Exception {
    JsonNode status =
        JSON.readTree(new dev.tolk.support.Tolk(project).run("status", "--json").out());
    assertEquals(70, status.path("total").path("keys").asInt(), status.toString());
    assertEquals(10, status.path("rows").size(), "5 languages of 2 files");
    Files.delete(project.resolve("tolk.yaml"));
    dev.tolk.support.Tolk.Result init = new dev.tolk.support.Tolk(project).run("init");
    assertEquals(0, init.exitCode(), init.toString());
    assertTrue(init.out().contains("JSON: locales/en.json"), init.out());
    String config = Files.readString(project.resolve("tolk.yaml"));
    assertTrue(config.contains("output: locales/{lang}.json"), config);
    assertEquals(0, new dev.tolk.support.Tolk(project).run("status").exitCode());
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
