package dev.tolk.batch;

import dev.tolk.anthropic.Json;
import dev.tolk.anthropic.dto.MessageBatch;
import dev.tolk.state.AtomicFile;
import dev.tolk.state.RunFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps each batch as last seen in {@code batches/<id>.json}, for people and for support. */
final class BatchMetadata {
  private static final Logger LOG = LoggerFactory.getLogger(BatchMetadata.class);

  private BatchMetadata() {}

  static void save(RunFolder run, MessageBatch batch) {
    try {
      AtomicFile.write(
          run.batch(batch.id()),
          Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(batch));
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("cannot save the metadata of {}: {}", batch.id(), e.getMessage());
    }
  }
}
