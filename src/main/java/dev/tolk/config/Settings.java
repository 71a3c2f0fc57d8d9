package dev.tolk.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Everything a run needs to know, after precedence (flag > environment > tolk.yaml > defaults). */
public record Settings(
    Path projectRoot,
    String sourceLanguage,
    List<String> targets,
    String provider,
    String model,
    List<ProjectConfig.FileSpec> files,
    int concurrency,
    int maxItems,
    int maxOutputTokens,
    String baseUrl,
    String apiVersion,
    Duration connectTimeout,
    Duration readTimeout,
    int maxRetries,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration maxWait,
    Duration chunkDeadline,
    Map<String, ModelPrice> prices,
    double batchDiscount,
    int batchThreshold,
    Duration pollInterval,
    Duration batchMaxWait,
    int maxRequestsPerBatch,
    long maxBytesPerBatch,
    int maxRounds,
    boolean removeDeletedKeys) {

  public ModelPrice price() {
    return prices.get(model);
  }
}
