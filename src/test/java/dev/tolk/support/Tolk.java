package dev.tolk.support;

import dev.tolk.app.Environment;
import dev.tolk.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs tolk's command line in-process, black-box: arguments in; exit code, stdout, stderr out. */
public final class Tolk {
  private final Path directory;
  private final Map<String, String> variables = new HashMap<>();
  private final FakeTime time = new FakeTime();

  public Tolk(Path directory) {
    this.directory = directory;
  }

  /** Pointed at a fake API with the right key. */
  public Tolk against(FakeAnthropic api) {
    variables.put("ANTHROPIC_BASE_URL", api.baseUrl());
    variables.put("ANTHROPIC_API_KEY", FakeAnthropic.KEY);
    return this;
  }

  public Tolk env(String name, String value) {
    if (value == null) {
      variables.remove(name);
    } else {
      variables.put(name, value);
    }
    return this;
  }

  public FakeTime time() {
    return time;
  }

  private boolean terminal;

  /** As if a person watched in a terminal this many columns wide (a fake TTY). */
  public Tolk terminal(int columns) {
    terminal = true;
    variables.put("COLUMNS", Integer.toString(columns));
    return this;
  }

  public Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Environment environment =
        new Environment(Map.copyOf(variables), directory, time, time, terminal);
    int code = Cli.run(environment, new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  public record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }
}
