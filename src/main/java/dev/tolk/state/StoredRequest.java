package dev.tolk.state;

import java.nio.file.Path;
import java.util.List;

/**
 * What a batch run keeps of the request that started it, to find its project again on resume: the
 * config file or the files named (absolute), and the settings given on the command line. Its own
 * type, so that a new command-line flag never changes what the journal holds.
 *
 * @param configFile the project's tolk.yaml, or null for files named on the command line
 * @param files the files named on the command line ({@code tolk translate}), or null
 */
public record StoredRequest(
    Path configFile, List<Path> files, String outputPattern, Settings settings) {

  /** The settings given on the command line; null where a flag was not used. */
  public record Settings(
      String sourceLanguage,
      List<String> targets,
      String provider,
      String model,
      Integer concurrency,
      Integer batchThreshold,
      String pollInterval,
      String maxWait) {}
}
