package dev.tolk.app;

import dev.tolk.core.Chunk;
import dev.tolk.core.Unit;
import dev.tolk.provider.Mode;
import dev.tolk.provider.TranslationProvider;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a run will do, decided before anything is sent or written: the units to translate and their
 * chunks, the path they take, and the changes that need no translation.
 */
record RunPlan(
    Project project,
    TranslationProvider provider,
    Mode mode,
    List<Unit> pending,
    List<Chunk> chunks,
    PlanCounts counts,
    LocalChanges changes) {

  /** The plan of resuming a journaled batch run: its units are already in its journal. */
  static RunPlan resuming(Project project, TranslationProvider provider, String runId) {
    return new RunPlan(
        project,
        provider,
        new Mode(true, "resuming run " + runId),
        List.of(),
        List.of(),
        PlanCounts.NONE,
        new LocalChanges(List.of(), Map.<TargetId, Set<String>>of(), List.of()));
  }
}
