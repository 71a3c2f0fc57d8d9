package dev.tolk.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tolk.anthropic.dto.Message;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads a batch results file line by line, never the whole file: blank lines and CRLF are
 * tolerated; a line that does not parse (a download cut off mid-line) is an error naming the line.
 */
public final class ResultLines implements Iterator<BatchResult>, AutoCloseable {
  private final BufferedReader reader;
  private int lineNumber;
  private BatchResult next;

  public ResultLines(Reader reader) {
    this.reader = new BufferedReader(reader, 1 << 16);
  }

  /** A results line that cannot be read: the file is incomplete or damaged. */
  public static final class DamagedResults extends RuntimeException {
    public DamagedResults(String message) {
      super(message);
    }
  }

  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    try {
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (!line.isBlank()) {
          next = parse(line.strip(), lineNumber);
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public BatchResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    BatchResult result = next;
    next = null;
    return result;
  }

  static BatchResult parse(String line, int number) {
    JsonNode node;
    try {
      node = Json.mapper().readTree(line);
    } catch (IOException e) {
      throw new DamagedResults(
          "results line " + number + " is not complete JSON (a cut-off download?)");
    }
    String customId = node.path("custom_id").asText(null);
    JsonNode result = node.path("result");
    if (customId == null || !result.isObject()) {
      throw new DamagedResults("results line " + number + " has no custom_id or result");
    }
    String type = result.path("type").asText("");
    try {
      return switch (type) {
        case "succeeded" ->
            new BatchResult.Succeeded(
                customId, Json.mapper().treeToValue(result.get("message"), Message.class));
        case "errored" -> {
          JsonNode error = result.path("error").path("error");
          yield new BatchResult.Errored(
              customId, error.path("type").asText(null), error.path("message").asText(""));
        }
        case "canceled" -> new BatchResult.Canceled(customId);
        case "expired" -> new BatchResult.Expired(customId);
        default -> new BatchResult.Unknown(customId, type);
      };
    } catch (IOException | IllegalArgumentException e) {
      throw new DamagedResults("results line " + number + ": " + e.getMessage());
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
