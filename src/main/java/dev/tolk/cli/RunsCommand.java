package dev.tolk.cli;

import dev.tolk.anthropic.Json;
import dev.tolk.app.RunsService;
import dev.tolk.batch.RunSummary;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "runs",
    description =
        "The project's batch runs: their state, batches, requests, age and cost. No API call.",
    mixinStandardHelpOptions = true)
final class RunsCommand implements Callable<Integer> {
  @ParentCommand TolkCommand parent;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin ConfigOption config = new ConfigOption();

  @Option(names = "--json", description = "Print the runs as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    List<RunSummary> runs = new RunsService(parent.environment()).list(config.file);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(runs));
    } else if (runs.isEmpty()) {
      out.println("no batch runs in this project");
    } else {
      Instant now = parent.environment().clock().instant();
      runs.forEach(run -> out.println(line(run, now)));
    }
    out.flush();
    return ExitCodes.OK;
  }

  @Command(
      name = "abandon",
      description =
          "Stop tracking a run: it is never resumed, and the next run plans its units afresh.",
      mixinStandardHelpOptions = true)
  int abandon(
      @Parameters(paramLabel = "RUN", description = "The run id (see `tolk runs`).") String run,
      @Option(
              names = "--cancel",
              description = "Also cancel its batches that have not ended (needs the API key).")
          boolean cancel)
      throws Exception {
    var abandoned = new RunsService(parent.environment()).abandon(config.file, run, cancel);
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "abandoned run "
            + run
            + (abandoned.canceled().isEmpty()
                ? ""
                : "; canceled " + String.join(", ", abandoned.canceled())));
    out.flush();
    return ExitCodes.OK;
  }

  private static String line(RunSummary run, Instant now) {
    StringBuilder line =
        new StringBuilder(run.id())
            .append("  ")
            .append(String.format("%-13s", run.state().name().toLowerCase(Locale.ROOT)));
    if (run.startedAt() != null) {
      Duration age = Duration.between(Instant.parse(run.startedAt()), now);
      line.append("  ").append(age(age)).append(" ago");
    }
    if (run.requests() > 0) {
      line.append("  ").append(Plurals.count(run.requests(), "request", "requests"));
    }
    if (!run.batches().isEmpty()) {
      line.append("  ")
          .append(
              String.join(
                  ", ",
                  run.batches().stream().map(b -> b.id() + " (" + b.status() + ")").toList()));
    }
    if (run.cost() != null) {
      line.append(String.format(Locale.ROOT, "  $%.2f", run.cost()));
    }
    if (run.detail() != null) {
      line.append("  ").append(run.detail());
    }
    return line.toString();
  }

  private static String age(Duration age) {
    if (age.toDays() > 0) {
      return age.toDays() + "d" + age.toHoursPart() + "h";
    }
    if (age.toHours() > 0) {
      return age.toHours() + "h" + age.toMinutesPart() + "m";
    }
    return age.toMinutes() + "m";
  }
}
