package dev.tolk.app;

import java.nio.file.Path;
import java.util.List;

/**
 * What the user asked for, as parsed from the command line. Null means "not given": the config
 * file, the environment or the defaults decide.
 *
 * @param files for {@code translate}: the files named on the command line; null for {@code run}
 * @param outputPattern for {@code translate}: where each language goes
 * @param keyPattern a glob: only keys that match (a narrowed run)
 * @param fileFilter a glob: only source files whose project-relative path matches
 */
public record RunRequest(
    Path configFile,
    List<Path> files,
    String outputPattern,
    String sourceLanguage,
    List<String> targets,
    String provider,
    String model,
    Integer concurrency,
    boolean force,
    boolean dryRun,
    boolean useBatchApi,
    Integer batchThreshold,
    String pollInterval,
    String maxWait,
    boolean noWait,
    String keyPattern,
    String fileFilter) {}
