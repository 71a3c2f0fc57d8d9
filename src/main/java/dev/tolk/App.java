package dev.tolk;

import dev.tolk.app.Environment;
import dev.tolk.cli.Cli;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The entry point: the only place that calls System.exit. */
public final class App {
  private App() {}

  public static void main(String[] args) {
    System.exit(
        Cli.run(
            Environment.system(),
            new PrintWriter(
                new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
            new PrintWriter(
                new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
            args));
  }
}
