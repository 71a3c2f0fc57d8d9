package dev.tolk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tolk.anthropic.Json;
import dev.tolk.anthropic.dto.BatchPage;
import dev.tolk.anthropic.dto.MessageBatch;
import dev.tolk.app.BatchAdmin;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "batch",
    description = "The Message Batches API directly: list, status, results, cancel, submit.",
    mixinStandardHelpOptions = true)
final class BatchCommand {
  @ParentCommand TolkCommand parent;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private BatchAdmin admin() {
    return new BatchAdmin(parent.environment());
  }

  private int print(Object value) throws JsonProcessingException {
    spec.commandLine()
        .getOut()
        .println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  @Command(
      name = "list",
      description = "Recent batches, newest first.",
      mixinStandardHelpOptions = true)
  int list(
      @Option(names = "--limit", defaultValue = "20", description = "How many (1 to 1000).")
          int limit,
      @Option(names = "--after", paramLabel = "ID", description = "The page after this batch id.")
          String after,
      @Option(names = "--json", description = "Print the API's page as JSON.") boolean json)
      throws Exception {
    BatchPage page = admin().list(limit, after);
    if (json) {
      return print(page);
    }
    var out = spec.commandLine().getOut();
    for (MessageBatch batch : page.data()) {
      var counts = batch.requestCounts();
      out.printf(
          "%s  %-11s  %s  %d requests (%d succeeded, %d errored, %d canceled, %d expired)%n",
          batch.id(),
          batch.processingStatus(),
          batch.createdAt(),
          batch.total(),
          counts == null ? 0 : counts.succeeded(),
          counts == null ? 0 : counts.errored(),
          counts == null ? 0 : counts.canceled(),
          counts == null ? 0 : counts.expired());
    }
    if (page.hasMore()) {
      out.println("more: tolk batch list --after " + page.lastId());
    }
    out.flush();
    return ExitCodes.OK;
  }

  @Command(
      name = "status",
      description = "One batch as the API sees it now.",
      mixinStandardHelpOptions = true)
  int status(@Parameters(paramLabel = "ID") String id) throws Exception {
    return print(admin().status(id));
  }

  @Command(
      name = "results",
      description = "Download an ended batch's results (JSONL).",
      mixinStandardHelpOptions = true)
  int results(
      @Parameters(paramLabel = "ID") String id,
      @Option(
              names = {"-o", "--output"},
              paramLabel = "FILE",
              description = "Where to write them (default: ID.jsonl).")
          Path output)
      throws Exception {
    Path written = admin().results(id, output);
    spec.commandLine().getOut().println(written);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  @Command(
      name = "cancel",
      description = "Cancel a batch (its finished requests keep their results).",
      mixinStandardHelpOptions = true)
  int cancel(@Parameters(paramLabel = "ID") String id) throws Exception {
    return print(admin().cancel(id));
  }

  @Command(name = "delete", description = "Delete an ended batch.", mixinStandardHelpOptions = true)
  int delete(@Parameters(paramLabel = "ID") String id) throws Exception {
    return print(admin().delete(id));
  }

  @Command(
      name = "submit",
      description = "Submit a JSONL file of {\"custom_id\", \"params\"} requests.",
      mixinStandardHelpOptions = true)
  int submit(@Parameters(paramLabel = "FILE.jsonl") Path file) throws Exception {
    return print(admin().submit(file));
  }
}
