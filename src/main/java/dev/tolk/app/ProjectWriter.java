package dev.tolk.app;

import dev.tolk.core.LockEntry;
import dev.tolk.core.LockHashes;
import dev.tolk.core.UnitOutcome;
import dev.tolk.core.UnitRef;
import dev.tolk.core.message.Message;
import dev.tolk.core.quality.Brief;
import dev.tolk.provider.TranslationProvider;
import dev.tolk.state.Lockfile;
import dev.tolk.state.StagedTranslations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a run's results into the project: the target files first, then tolk.lock (loaded once per
 * run), so that the lockfile never claims work that was not written.
 */
final class ProjectWriter {
  private final Project project;
  private final Lockfile lock;
  private final TranslationProvider provider;
  private final TargetWriter targets;
  private final StagedTranslations staged;

  ProjectWriter(Project project, Lockfile lock, TranslationProvider provider) {
    this.project = project;
    this.lock = lock;
    this.provider = provider;
    this.staged = StagedTranslations.load(project.stateFolder());
    this.targets = new TargetWriter(project.settings().quality().markForReview());
  }

  /** Writes reused translations and removals, and records adopted translations as they are. */
  TargetWriter.Written applyLocalChanges(LocalChanges changes) {
    TargetWriter.Written written =
        targets.write(project.jobs(), changes.reused(), changes.removals());
    record(written);
    changes
        .removals()
        .forEach(
            (target, keys) ->
                keys.forEach(key -> lock.remove(target.sourceFile(), target.language(), key)));
    for (UnitRef ref : changes.adopted()) {
      TargetJob job = job(ref);
      Message source = job.sourceCatalog().get(ref.key()).message();
      Message target = job.targetCatalog().get(ref.key()).message();
      LockEntry known = lock.get(ref.file(), ref.language(), ref.key());
      lock.put(
          ref.file(),
          ref.language(),
          ref.key(),
          new LockEntry(
                  LockHashes.source(source),
                  LockHashes.target(target),
                  known == null ? "" : known.fingerprint(),
                  known == null ? "" : known.provider())
              .withBrief(brief().fingerprint(source.canonical(), ref.language())));
    }
    lock.save();
    return written;
  }

  /**
   * Writes the translated units, then records them in tolk.lock. A review's approval writes nothing
   * to the target: tolk.lock records that it was reviewed.
   */
  TargetWriter.Written write(List<UnitOutcome> outcomes) {
    List<UnitOutcome> changes = new ArrayList<>();
    List<UnitOutcome> approved = new ArrayList<>();
    boolean marking = project.settings().quality().markForReview();
    for (UnitOutcome outcome : outcomes) {
      boolean stands =
          outcome instanceof UnitOutcome.Translated translated && translated.approved();
      // with review marks, an approval changes the file too: its state becomes reviewed
      (stands && !marking ? approved : changes).add(outcome);
    }
    TargetWriter.Written written = targets.write(project.jobs(), changes, Map.of());
    record(written);
    for (UnitOutcome outcome : approved) {
      UnitRef ref = outcome.unit().ref();
      LockEntry known = lock.get(ref.file(), ref.language(), ref.key());
      if (known != null) {
        lock.put(ref.file(), ref.language(), ref.key(), known.withReviewed(true));
      }
    }
    lock.save();
    if (approved.isEmpty()) {
      return written;
    }
    List<UnitOutcome> all = new ArrayList<>(written.outcomes());
    all.addAll(approved);
    return new TargetWriter.Written(written.files(), all, written.unwritten());
  }

  /**
   * Records what was written in tolk.lock, and stages what could not be written (a read-only
   * folder, a full disk) so that the next run writes it without a request.
   */
  private void record(TargetWriter.Written written) {
    List<UnitRef> done = new ArrayList<>();
    for (UnitOutcome outcome : written.outcomes()) {
      if (outcome instanceof UnitOutcome.Translated translated) {
        UnitRef ref = translated.unit().ref();
        done.add(ref);
        lock.put(
            ref.file(),
            ref.language(),
            ref.key(),
            new LockEntry(
                    LockHashes.source(translated.unit().message()),
                    LockHashes.target(translated.message()),
                    provider.fingerprint(),
                    provider.name())
                .withBrief(brief().fingerprint(translated.unit().text(), ref.language()))
                .withReviewed(translated.review() != null));
      }
    }
    List<StagedTranslations.Staged> unwritten = new ArrayList<>();
    for (UnitOutcome.Translated translation : written.unwritten()) {
      unwritten.add(
          new StagedTranslations.Staged(
              translation.unit().ref(),
              LockHashes.source(translation.unit().message()),
              translation.message(),
              provider.name(),
              provider.fingerprint()));
    }
    staged.update(unwritten, done);
  }

  private Brief brief() {
    return project.settings().quality().brief();
  }

  private TargetJob job(UnitRef ref) {
    return project.jobs().stream()
        .filter(
            job ->
                job.source().relative().equals(ref.file()) && job.language().equals(ref.language()))
        .findFirst()
        .orElseThrow();
  }
}
