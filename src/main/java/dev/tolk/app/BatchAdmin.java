package dev.tolk.app;

import dev.tolk.anthropic.BatchesClient;
import dev.tolk.anthropic.Json;
import dev.tolk.anthropic.NotFoundException;
import dev.tolk.anthropic.dto.BatchPage;
import dev.tolk.anthropic.dto.DeletedBatch;
import dev.tolk.anthropic.dto.MessageBatch;
import dev.tolk.batch.RequestFiles;
import dev.tolk.config.Defaults;
import dev.tolk.config.SettingsResolver;
import dev.tolk.core.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** The Batches API for people who manage batches by hand ({@code tolk batch ...}). */
public final class BatchAdmin {
  private final Environment environment;
  private final BatchesClient client;

  public BatchAdmin(Environment environment) {
    this.environment = environment;
    this.client =
        ProviderFactory.batches(
            new SettingsResolver(Defaults.load(), environment.variables()).api(), environment);
  }

  public BatchPage list(int limit, String afterId) throws InterruptedException {
    if (limit < 1 || limit > 1000) {
      throw new InputException("--limit must be 1 to 1000, not " + limit);
    }
    return client.list(limit, afterId, null);
  }

  public MessageBatch status(String id) throws InterruptedException {
    try {
      return client.retrieve(id);
    } catch (NotFoundException e) {
      throw missing(id, e);
    }
  }

  public MessageBatch cancel(String id) {
    try {
      return client.cancel(id);
    } catch (NotFoundException e) {
      throw missing(id, e);
    }
  }

  public DeletedBatch delete(String id) {
    try {
      return client.delete(id);
    } catch (NotFoundException e) {
      throw missing(id, e);
    }
  }

  /** A batch id the API does not know, said so with what it usually means. */
  private static InputException missing(String id, NotFoundException e) {
    return new InputException(
        "no batch "
            + id
            + " for this API key: it was deleted, or it belongs to another workspace ("
            + e.getMessage()
            + ")",
        e);
  }

  /** Downloads an ended batch's results to a file. */
  public Path results(String id, Path output) throws InterruptedException {
    MessageBatch batch = status(id);
    if (batch.status() != MessageBatch.Status.ENDED) {
      throw new InputException(
          "batch "
              + id
              + " is "
              + batch.processingStatus()
              + ": its results exist once it has ended");
    }
    Path target =
        environment.workingDirectory().resolve(output == null ? Path.of(id + ".jsonl") : output);
    try {
      client.downloadResults(batch, target);
    } catch (NotFoundException e) {
      throw new InputException(
          "the results of batch " + id + " are gone (" + e.getMessage() + ")", e);
    }
    return target;
  }

  /** Submits a JSONL file of {@code {"custom_id", "params"}} requests, checked first. */
  public MessageBatch submit(Path file) {
    Path path = environment.workingDirectory().resolve(file);
    Set<String> ids = new HashSet<>();
    int line = 0;
    try (BufferedReader in = Files.newBufferedReader(path)) {
      String text;
      while ((text = in.readLine()) != null) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        var node = Json.mapper().readTree(text);
        String id = node.path("custom_id").asText("");
        if (!RequestFiles.CUSTOM_ID.matcher(id).matches()) {
          throw new InputException(
              file
                  + ":"
                  + line
                  + ": custom_id '"
                  + id
                  + "' must be 1 to 64 letters, digits, - or _");
        }
        if (!ids.add(id)) {
          throw new InputException(file + ":" + line + ": custom_id '" + id + "' is used twice");
        }
        if (!node.path("params").isObject()) {
          throw new InputException(
              file + ":" + line + ": expected {\"custom_id\": ..., \"params\": {...}}");
        }
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InputException(file + ":" + line + ": not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (ids.isEmpty()) {
      throw new InputException(file + ": no requests");
    }
    if (ids.size() > 100_000) {
      throw new InputException(
          file + ": " + ids.size() + " requests; a batch holds at most 100,000");
    }
    return client.create(path);
  }
}
