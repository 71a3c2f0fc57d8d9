package dev.tolk.core;

import java.util.List;

/**
 * Everything a run of chunks produced.
 *
 * @param aborted why the run stopped early, or null when every chunk was processed
 */
public record PipelineResult(
    List<UnitOutcome> outcomes, Usage usage, RunAbortedException aborted) {}
