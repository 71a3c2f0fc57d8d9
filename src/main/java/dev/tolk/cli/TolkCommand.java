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
      TranslateCommand.class,
      ResumeCommand.class,
      BatchCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:all done",
      " 1:some units failed (the rest were written)",
      " 2:usage or input error",
      " 3:configuration or authentication error",
      " 4:API unreachable or gave up after retries",
      " 5:check found missing, stale or invalid translations",
      "75:batch submitted and still processing (--no-wait)",
      "130:interrupted (resumable)"
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
