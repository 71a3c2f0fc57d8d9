package dev.tolk.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The shipped defaults ({@code config/defaults.yaml} in the repository, packaged in the jar). */
public record Defaults(
    String provider,
    String model,
    String source,
    Map<String, ModelPrice> models,
    double batchDiscount,
    Api api,
    Chunking chunking,
    int concurrency,
    Retry retry,
    Batch batch) {

  public record Api(String baseUrl, String version, String connectTimeout, String readTimeout) {}

  public record Chunking(int maxItems, int maxOutputTokens) {}

  public record Retry(
      int maxRetries,
      String initialBackoff,
      String maxBackoff,
      String maxWait,
      String chunkDeadline) {}

  public record Batch(
      int threshold,
      String pollInterval,
      String maxWait,
      int maxRequests,
      long maxBytes,
      int maxRounds) {}

  static ObjectMapper yaml(boolean strict) {
    return YAMLMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
        .build();
  }

  public static Defaults load() {
    try (InputStream in = Defaults.class.getResourceAsStream("/tolk-config/defaults.yaml")) {
      if (in == null) {
        throw new IllegalStateException("tolk-config/defaults.yaml is missing from the jar");
      }
      return yaml(true).readValue(in, Defaults.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped defaults", e);
    }
  }
}
