package dev.tolk.app;

import dev.tolk.core.Catalog;
import dev.tolk.core.Chunk;
import dev.tolk.core.ChunkItem;
import dev.tolk.core.Chunker;
import dev.tolk.core.Entry;
import dev.tolk.core.LockEntry;
import dev.tolk.core.LockHashes;
import dev.tolk.core.Planner;
import dev.tolk.core.TokenEstimator;
import dev.tolk.core.Unit;
import dev.tolk.core.UnitRef;
import dev.tolk.core.message.Message;
import dev.tolk.core.quality.UnitRules;
import dev.tolk.provider.Providers;
import dev.tolk.provider.TranslationProvider;
import dev.tolk.state.Lockfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides what a review pass looks at: the translations tolk wrote that are current (their source
 * unchanged) and not reviewed since (every one with {@code force}). A translation a person edited,
 * a stale one (the next run translates it anew), a pseudo-localized stand-in and one tolk did not
 * write are left alone.
 */
final class ReviewPlanner {
  private ReviewPlanner() {}

  static RunPlan plan(
      Project project,
      Lockfile lock,
      TranslationProvider provider,
      ProjectSelection selection,
      RunOptions options) {
    var settings = project.settings();
    Predicate<String> keys = Globs.keys(selection.keyPattern());
    UnitRules rules = RunPlanner.unitRules(settings.quality());
    List<Unit> pending = new ArrayList<>();
    Map<UnitRef, Message> drafts = new HashMap<>();
    List<String> edited = new ArrayList<>();
    int reviewed = 0;
    for (TargetJob job : project.jobs()) {
      String file = job.source().relative();
      Catalog target = job.targetCatalog();
      if (target == null) {
        continue;
      }
      Map<String, LockEntry> known = lock.entries(file, job.language());
      for (Entry entry : job.sourceCatalog().entries()) {
        LockEntry recorded = known.get(entry.key());
        Entry translated = Planner.current(target, entry.key(), recorded);
        if (entry.message().isBlank()
            || !keys.test(entry.key())
            || translated == null
            || recorded == null
            || recorded.provider().isEmpty()
            || Providers.standIn(recorded)
            || !LockHashes.sourceMatches(recorded, entry.message())) {
          continue;
        }
        if (!LockHashes.targetMatches(recorded, translated.message())) {
          edited.add(file + " " + entry.key() + " [" + job.language() + "]");
        } else if (recorded.reviewed() && !options.force()) {
          reviewed++;
        } else {
          UnitRef ref = new UnitRef(file, entry.key(), job.language());
          pending.add(new Unit(ref, entry.message(), entry.note(), rules.maxLength(entry)));
          drafts.put(ref, translated.message());
        }
      }
    }
    List<Chunk> chunks = new ArrayList<>();
    Chunker chunker =
        new Chunker(
            settings.chunking().maxItems(),
            settings.chunking().maxOutputTokens(),
            new TokenEstimator());
    for (Chunk chunk : chunker.chunk(settings.sourceLanguage(), pending)) {
      List<ChunkItem> items = new ArrayList<>();
      for (ChunkItem item : chunk.items()) {
        items.add(new ChunkItem(item.id(), item.unit(), drafts.get(item.unit().ref())));
      }
      chunks.add(
          new Chunk(
              "review-" + chunk.id(),
              chunk.sourceLanguage(),
              chunk.targetLanguage(),
              items,
              chunk.estimatedOutputTokens()));
    }
    return new RunPlan(
        project,
        provider,
        provider.mode(pending.size(), options.api(), settings.batch().threshold()),
        pending,
        chunks,
        new PlanCounts(reviewed, 0, 0, 0, edited),
        new LocalChanges(List.of(), Map.<TargetId, Set<String>>of(), List.of()));
  }
}
