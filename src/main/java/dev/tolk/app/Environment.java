package dev.tolk.app;

import dev.tolk.core.Sleeper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What a run takes from the process: environment variables, the working folder, time, and whether a
 * person is watching. Tests pass their own.
 */
public record Environment(
    Map<String, String> variables,
    Path workingDirectory,
    Clock clock,
    Sleeper sleeper,
    boolean interactive) {

  public static Environment system() {
    return new Environment(
        System.getenv(),
        Path.of("").toAbsolutePath(),
        Clock.systemUTC(),
        Sleeper.SYSTEM,
        System.console() != null);
  }

  public String variable(String name) {
    String value = variables.get(name);
    return value == null || value.isBlank() ? null : value;
  }
}
