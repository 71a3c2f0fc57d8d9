package dev.tolk.config;

import java.nio.file.Path;
import java.util.List;

/** Everything a run needs to know, after precedence (flag > environment > tolk.yaml > defaults). */
public record Settings(
    Path projectRoot,
    String sourceLanguage,
    List<String> targets,
    String provider,
    String model,
    List<ProjectConfig.FileSpec> files,
    boolean removeDeletedKeys,
    int concurrency,
    Chunking chunking,
    ApiSettings api,
    BatchSettings batch,
    ModelPrices prices,
    Quality quality) {

  /** The model's price, or null when the configuration has none. */
  public ModelPrice price() {
    return prices.of(model);
  }
}
