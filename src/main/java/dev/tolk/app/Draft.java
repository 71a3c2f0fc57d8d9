package dev.tolk.app;

import dev.tolk.config.ModelPrice;
import dev.tolk.config.Settings;
import dev.tolk.core.LockEntry;
import dev.tolk.core.LockHashes;
import dev.tolk.core.RunAbortedException;
import dev.tolk.core.UnitOutcome;
import dev.tolk.core.UnitRef;
import dev.tolk.core.Usage;
import dev.tolk.core.message.Message;
import dev.tolk.state.Lockfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What is known about a run before its outcomes: writes them (then tolk.lock, never before) and
 * turns them into the report.
 *
 * @param fingerprint the model and instructions, recorded in tolk.lock with each translation
 * @param provider the provider that translates, recorded in tolk.lock with each translation
 */
record Draft(
    Project project,
    String mode,
    String modeReason,
    int pending,
    int upToDate,
    Changes changes,
    String fingerprint,
    String provider) {

  /** The same draft over the project as it was read again (after local changes were written). */
  Draft withProject(Project reloaded) {
    return new Draft(reloaded, mode, modeReason, pending, upToDate, changes, fingerprint, provider);
  }

  /**
   * Writes translations reused from renamed keys and removals, and adopts existing translations.
   */
  void applyLocalChanges() {
    TargetWriter.Written written =
        new TargetWriter().write(project.jobs(), changes.reused, changes.removals);
    Lockfile lock = Lockfile.load(project.lockFile());
    record(lock, written.outcomes());
    for (var removal : changes.removals.entrySet()) {
      String[] target = removal.getKey().split("\u0000");
      removal.getValue().forEach(key -> lock.remove(target[0], target[1], key));
    }
    for (UnitRef ref : changes.adopted) {
      TargetJob job = job(ref);
      Message source = job.sourceDocument().catalog().get(ref.key()).message();
      Message target = job.target().catalog().get(ref.key()).message();
      LockEntry known = lock.get(ref.file(), ref.language(), ref.key());
      lock.put(
          ref.file(),
          ref.language(),
          ref.key(),
          new LockEntry(
              LockHashes.source(source),
              LockHashes.target(target),
              known == null ? "" : known.fingerprint(),
              known == null ? "" : known.provider()));
    }
    lock.save();
  }

  /** Writes the translated units, records them in tolk.lock, then reports. */
  RunReport finish(
      List<UnitOutcome> outcomes,
      Usage usage,
      Usage batchUsage,
      String run,
      List<String> batches,
      RunAbortedException aborted) {
    TargetWriter.Written written = new TargetWriter().write(project.jobs(), outcomes, Map.of());
    Lockfile lock = Lockfile.load(project.lockFile());
    record(lock, written.outcomes());
    lock.save();
    List<Failure> failures = new ArrayList<>();
    boolean unavailable = false;
    for (UnitOutcome outcome : written.outcomes()) {
      if (outcome instanceof UnitOutcome.Failed failed) {
        var ref = failed.unit().ref();
        failures.add(new Failure(ref.file(), ref.key(), ref.language(), failed.reason()));
        unavailable |= failed.apiUnavailable();
      }
    }
    RunReport.Status status;
    if (aborted != null) {
      status = RunReport.Status.of(aborted);
    } else if (!project.problems().isEmpty()) {
      status = RunReport.Status.INPUT_ERROR;
    } else if (unavailable) {
      status = RunReport.Status.API_UNAVAILABLE;
    } else {
      status = failures.isEmpty() ? RunReport.Status.OK : RunReport.Status.SOME_FAILED;
    }
    int translated = written.outcomes().size() - failures.size();
    return build(
        false,
        pending == 0 ? written.outcomes().size() : pending,
        translated,
        failures,
        usage,
        batchUsage,
        null,
        run,
        batches,
        written.files(),
        aborted == null ? null : aborted.getMessage(),
        status);
  }

  /** Nothing was sent: a dry run's plan, or a project with nothing to do. */
  RunReport planned(boolean dryRun, RunReport.Estimate estimate, RunReport.Status status) {
    return build(
        dryRun,
        pending,
        0,
        List.of(),
        Usage.NONE,
        Usage.NONE,
        estimate,
        null,
        List.of(),
        List.of(),
        null,
        status);
  }

  /** A batch run that stopped before its results were written: still processing, or interrupted. */
  RunReport waiting(String run, List<String> batches, String aborted, RunReport.Status status) {
    return build(
        false,
        pending,
        0,
        List.of(),
        Usage.NONE,
        Usage.NONE,
        null,
        run,
        batches,
        List.of(),
        aborted,
        status);
  }

  private void record(Lockfile lock, List<UnitOutcome> outcomes) {
    for (UnitOutcome outcome : outcomes) {
      if (outcome instanceof UnitOutcome.Translated translated) {
        UnitRef ref = translated.unit().ref();
        lock.put(
            ref.file(),
            ref.language(),
            ref.key(),
            new LockEntry(
                LockHashes.source(translated.unit().message()),
                LockHashes.target(translated.message()),
                fingerprint,
                provider));
      }
    }
  }

  private TargetJob job(UnitRef ref) {
    return project.jobs().stream()
        .filter(
            job ->
                job.source().relative().equals(ref.file()) && job.language().equals(ref.language()))
        .findFirst()
        .orElseThrow();
  }

  private RunReport build(
      boolean dryRun,
      int pendingUnits,
      int translated,
      List<Failure> failures,
      Usage usage,
      Usage batchUsage,
      RunReport.Estimate estimate,
      String run,
      List<String> batches,
      List<String> written,
      String aborted,
      RunReport.Status status) {
    Settings settings = project.settings();
    boolean pseudo = settings.provider().equals("pseudo");
    ModelPrice price = pseudo ? new ModelPrice(0, 0, 0, 0, 0) : settings.price();
    Usage synchronousPart = minus(usage, batchUsage);
    Double cost =
        sum(
            Cost.dollars(synchronousPart, price, 1.0),
            Cost.dollars(batchUsage, price, settings.batchDiscount()));
    return new RunReport(
        status,
        mode,
        modeReason,
        dryRun,
        settings.provider(),
        pseudo ? null : settings.model(),
        project.sources(),
        pendingUnits,
        translated,
        upToDate,
        failures.size(),
        changes.stale,
        changes.standIns,
        changes.incomplete,
        changes.reused.size(),
        changes.removed(),
        List.copyOf(changes.edited),
        usage,
        batchUsage,
        cost,
        Cost.dollars(usage, price, 1.0),
        estimate,
        run,
        batches,
        written,
        failures,
        project.problems(),
        aborted);
  }

  private static Usage minus(Usage a, Usage b) {
    return new Usage(
        a.requests() - b.requests(),
        a.inputTokens() - b.inputTokens(),
        a.outputTokens() - b.outputTokens(),
        a.cacheWriteTokens() - b.cacheWriteTokens(),
        a.cacheReadTokens() - b.cacheReadTokens());
  }

  private static Double sum(Double a, Double b) {
    return a == null || b == null ? null : a + b;
  }
}
