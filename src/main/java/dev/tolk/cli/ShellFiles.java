package dev.tolk.cli;

import dev.tolk.app.Environment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Files generated from the command definitions when the distribution is built: bash (and zsh)
 * completion, a man page, and the top-level help the launcher prints without starting Java. Usage:
 * {@code ShellFiles OUTPUT_FOLDER}.
 */
public final class ShellFiles {
  private ShellFiles() {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    Files.createDirectories(folder);
    CommandLine commandLine = commandLine();
    Files.writeString(
        folder.resolve("tolk.bash"),
        AutoComplete.bash("tolk", commandLine),
        StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("tolk.1"), ManPage.of(commandLine), StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("help.txt"),
        commandLine.getUsageMessage(CommandLine.Help.Ansi.OFF),
        StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("version.txt"),
        String.join("\n", commandLine.getCommandSpec().version()) + "\n",
        StandardCharsets.UTF_8);
  }

  /** The command tree as the CLI builds it. */
  static CommandLine commandLine() {
    StringWriter sink = new StringWriter();
    return Cli.build(Environment.system(), new PrintWriter(sink), new PrintWriter(sink));
  }
}
