package dev.tolk.app;

import dev.tolk.config.Settings;
import java.nio.file.Path;
import java.util.List;

/**
 * A loaded project: its settings, every source with its targets read, and the files that could not
 * be read (reported, skipped).
 *
 * @param stateFolder {@code .tolk/} beside tolk.yaml, or in the current folder for translate
 * @param lockFile {@code tolk.lock}, in the same folder
 */
record Project(
    Settings settings,
    Path root,
    Path stateFolder,
    int sources,
    List<TargetJob> jobs,
    List<FileProblem> problems,
    java.nio.file.Path lockFile) {}
