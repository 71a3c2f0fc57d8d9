package dev.tolk.cli;

import picocli.CommandLine.Command;

/** {@code run --dry-run} under the name DESIGN.md gives it. */
@Command(
    name = "estimate",
    description =
        "Tokens and cost of the pending work, through the Messages API and the Batch API; sends and writes nothing.",
    mixinStandardHelpOptions = true)
final class EstimateCommand extends RunCommand {
  @Override
  public Integer call() {
    options.dryRun = true;
    return super.call();
  }
}
