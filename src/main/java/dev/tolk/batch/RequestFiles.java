package dev.tolk.batch;

import dev.tolk.anthropic.Json;
import dev.tolk.anthropic.dto.BatchRequest;
import dev.tolk.core.CannotWriteException;
import dev.tolk.core.Chunk;
import dev.tolk.provider.TranslationRequests;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Writes the exact batch requests to JSONL files before anything is submitted, one request per
 * chunk, starting a new file (a new batch) before the request or size limit would be passed.
 */
public final class RequestFiles {
  /** The API's custom_id rule. */
  public static final Pattern CUSTOM_ID = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

  /** The body framing {"requests":[ ... ]} and the commas between requests. */
  private static final int FRAMING = 16;

  private final TranslationRequests requests;
  private final int maxRequests;
  private final long maxBytes;

  public RequestFiles(TranslationRequests requests, int maxRequests, long maxBytes) {
    this.requests = requests;
    this.maxRequests = maxRequests;
    this.maxBytes = maxBytes;
  }

  /** What was written: a file, how many requests, its size and digest. */
  public record Written(Path file, int requests, long bytes, String sha256) {}

  /**
   * @param fileFor the path of the n-th file
   */
  public List<Written> write(List<Chunk> chunks, IntFunction<Path> fileFor, int firstIndex) {
    List<Written> written = new ArrayList<>();
    int index = firstIndex;
    FileSink sink = null;
    try {
      for (Chunk chunk : chunks) {
        if (!CUSTOM_ID.matcher(chunk.id()).matches()) {
          throw new IllegalStateException("invalid custom_id " + chunk.id());
        }
        byte[] line =
            (Json.mapper()
                        .writeValueAsString(
                            new BatchRequest(chunk.id(), requests.build(chunk, null, true)))
                    + "\n")
                .getBytes(StandardCharsets.UTF_8);
        if (sink != null
            && (sink.count >= maxRequests || sink.bytes + line.length + FRAMING > maxBytes)) {
          written.add(sink.close());
          sink = null;
        }
        if (sink == null) {
          sink = new FileSink(fileFor.apply(index++));
        }
        sink.add(line);
      }
      if (sink != null) {
        written.add(sink.close());
      }
      return written;
    } catch (IOException e) {
      throw new CannotWriteException("the batch requests", e);
    }
  }

  /**
   * Writes the requests of a file into two files of half as many each (the first half, then the
   * rest), for an API that found the file too large.
   *
   * @param fileFor the path of the n-th file; the halves get {@code firstIndex} and the next
   */
  public static List<Written> halve(Path file, IntFunction<Path> fileFor, int firstIndex) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      lines.removeIf(String::isBlank);
      int middle = lines.size() / 2;
      List<Written> halves = new ArrayList<>();
      for (List<String> half :
          List.of(lines.subList(0, middle), lines.subList(middle, lines.size()))) {
        FileSink sink = new FileSink(fileFor.apply(firstIndex + halves.size()));
        for (String line : half) {
          sink.add((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        halves.add(sink.close());
      }
      return halves;
    } catch (IOException e) {
      throw new CannotWriteException("the halves of " + file, e);
    }
  }

  private static final class FileSink {
    private final Path file;
    private final OutputStream out;
    private final MessageDigest digest;
    private int count;
    private long bytes;

    FileSink(Path file) throws IOException {
      this.file = file;
      this.out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
      try {
        this.digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    void add(byte[] line) throws IOException {
      out.write(line);
      digest.update(line);
      count++;
      bytes += line.length;
    }

    Written close() throws IOException {
      out.flush();
      out.close();
      return new Written(file, count, bytes, HexFormat.of().formatHex(digest.digest()));
    }
  }
}
