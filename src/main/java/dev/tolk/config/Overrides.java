package dev.tolk.config;

import java.util.List;

/** Values given on the command line; null where a flag was not used. */
public record Overrides(
    String sourceLanguage,
    List<String> targets,
    String provider,
    String model,
    Integer concurrency,
    Integer batchThreshold,
    String pollInterval,
    String maxWait) {}
