package dev.tolk.cli;

import dev.tolk.app.Environment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "tolk",
    description =
        "Translate localization files with Claude: fast through the Messages API, or at half the price through the Message Batches API.",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    subcommands = {
      RunCommand.class,
      ReviewCommand.class,
      TranslateCommand.class,
      ResumeCommand.class,
      RunsCommand.class,
      BatchCommand.class,
      CheckCommand.class,
      StatusCommand.class,
      EstimateCommand.class,
      InitCommand.class
    },
    footerHeading = "%nEnvironment:%n",
    footer = {
      "  ANTHROPIC_API_KEY   the API key (read only from the environment, never logged)",
      "  ANTHROPIC_BASE_URL  the API origin (default https://api.anthropic.com)"
    })
public final class TolkCommand implements Runnable {
  @Spec CommandSpec spec;

  private final Environment environment;

  public TolkCommand(Environment environment) {
    this.environment = environment;
  }

  Environment environment() {
    return environment;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
