package dev.tolk.app;

import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.core.InputException;
import dev.tolk.core.UnitOutcome;
import dev.tolk.core.message.Message;
import dev.tolk.format.LocalizationDocument;
import dev.tolk.format.ReviewState;
import dev.tolk.state.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges validated translations into each target file and writes it atomically, after checking the
 * new bytes: they must parse, hold every new value, and keep every other value as it was. A file
 * that fails the check is not written and its units are reported as failed. It remembers each file
 * as it wrote it, so that later writes (another language of a file that holds every language, or
 * the translations after the local changes) build on it without reading the project again.
 */
final class TargetWriter {
  /** Each file as this writer last wrote it. */
  private final Map<Path, byte[]> latest = new HashMap<>();

  private final boolean markForReview;

  TargetWriter() {
    this(false);
  }

  /**
   * @param markForReview mark machine translations for a person's review, and reviewed ones as
   *     done, where the format has a state for it
   */
  TargetWriter(boolean markForReview) {
    this.markForReview = markForReview;
  }

  /**
   * @param outcomes the outcomes given, translations as the files now hold them
   * @param unwritten validated translations that failed only because their file could not be
   *     written (also among the outcomes, as failed): worth keeping for the next run
   */
  record Written(
      List<String> files, List<UnitOutcome> outcomes, List<UnitOutcome.Translated> unwritten) {}

  /**
   * @param removals per target, keys to remove because the source no longer has them
   */
  Written write(
      List<TargetJob> jobs, List<UnitOutcome> outcomes, Map<TargetId, Set<String>> removals) {
    Map<TargetId, Map<String, UnitOutcome.Translated>> byTarget = new LinkedHashMap<>();
    List<UnitOutcome> result = new ArrayList<>();
    for (UnitOutcome outcome : outcomes) {
      if (outcome instanceof UnitOutcome.Translated translated) {
        var ref = outcome.unit().ref();
        byTarget
            .computeIfAbsent(new TargetId(ref.file(), ref.language()), k -> new LinkedHashMap<>())
            .put(ref.key(), translated);
      } else {
        result.add(outcome);
      }
    }
    List<String> written = new ArrayList<>();
    List<UnitOutcome.Translated> unwritten = new ArrayList<>();
    for (TargetJob job : jobs) {
      TargetId id = new TargetId(job.source().relative(), job.language());
      Map<String, UnitOutcome.Translated> translated = byTarget.getOrDefault(id, Map.of());
      Set<String> removed = removals.getOrDefault(id, Set.of());
      if (!translated.isEmpty() || !removed.isEmpty()) {
        result.addAll(write(job, job.documents(), translated, removed, written, unwritten));
      }
    }
    return new Written(written, result, unwritten);
  }

  /** Writes one target; the outcomes of its translations, as written or as failed. */
  private <D extends LocalizationDocument<D>> List<UnitOutcome> write(
      TargetJob job,
      TargetDocuments<D> documents,
      Map<String, UnitOutcome.Translated> translated,
      Set<String> removals,
      List<String> written,
      List<UnitOutcome.Translated> unwritten) {
    TargetDocuments<D> current = current(job, documents);
    Set<String> removed = current.target() == null ? Set.of() : removals;
    if (translated.isEmpty() && removed.isEmpty()) {
      return List.of();
    }
    Map<String, Message> values = new LinkedHashMap<>();
    translated.forEach((key, outcome) -> values.put(key, outcome.message()));
    Map<String, Message> readBack;
    try {
      byte[] bytes = marked(job, current, current.write(values, removed), translated);
      readBack = verify(job, current, bytes, values, removed);
      if ((!readBack.isEmpty() || !removed.isEmpty()) && changed(job, bytes)) {
        AtomicFile.write(job.targetPath(), bytes);
        latest.put(job.targetPath(), bytes);
        if (!written.contains(job.targetRelative())) { // a file of every language: listed once
          written.add(job.targetRelative());
        }
      }
    } catch (InputException | UncheckedIOException e) {
      if (e instanceof UncheckedIOException) {
        unwritten.addAll(translated.values());
      }
      List<UnitOutcome> failed = new ArrayList<>();
      for (UnitOutcome.Translated outcome : translated.values()) {
        failed.add(new UnitOutcome.Failed(outcome.unit(), "not written: " + e.getMessage(), false));
      }
      return failed;
    }
    List<UnitOutcome> result = new ArrayList<>();
    for (var entry : translated.entrySet()) {
      Message kept = readBack.get(entry.getKey());
      result.add(
          kept == null
              ? new UnitOutcome.Failed(
                  entry.getValue().unit(), "cannot be placed in " + job.targetRelative(), false)
              : new UnitOutcome.Translated(
                  entry.getValue().unit(),
                  kept,
                  entry.getValue().warnings(),
                  entry.getValue().review()));
    }
    return result;
  }

  /**
   * The new bytes with their review states, when tolk.yaml asks for them and the format has one.
   */
  private <D extends LocalizationDocument<D>> byte[] marked(
      TargetJob job,
      TargetDocuments<D> documents,
      byte[] bytes,
      Map<String, UnitOutcome.Translated> translated) {
    if (!markForReview || translated.isEmpty()) {
      return bytes;
    }
    Map<String, ReviewState> states = new LinkedHashMap<>();
    translated.forEach(
        (key, outcome) ->
            states.put(
                key, outcome.review() == null ? ReviewState.NEEDS_REVIEW : ReviewState.REVIEWED));
    byte[] marked = documents.reading(job.targetRelative(), bytes).target().marked(states);
    return marked == null ? bytes : marked;
  }

  /** The target as it is now: as this writer last wrote it, else as the project was read. */
  private <D extends LocalizationDocument<D>> TargetDocuments<D> current(
      TargetJob job, TargetDocuments<D> documents) {
    byte[] written = latest.get(job.targetPath());
    return written == null ? documents : documents.reading(job.targetRelative(), written);
  }

  /**
   * Reads the new bytes back; throws when they are not valid or change what they must not.
   *
   * @return each new value the bytes hold, as they hold it (what tolk.lock hashes)
   */
  private static <D extends LocalizationDocument<D>> Map<String, Message> verify(
      TargetJob job,
      TargetDocuments<D> previous,
      byte[] bytes,
      Map<String, Message> values,
      Set<String> removed) {
    TargetDocuments<D> reread;
    Catalog written;
    try {
      reread = previous.reading(job.targetRelative(), bytes);
      written = reread.targetCatalog();
    } catch (InputException e) {
      throw new InputException(
          "the new "
              + job.targetRelative()
              + " would not be valid ("
              + e.getMessage()
              + "); left unchanged",
          e);
    }
    Catalog before = previous.targetCatalog();
    if (before != null) {
      for (Entry entry : before.entries()) {
        Entry after = written.get(entry.key());
        if (removed.contains(entry.key()) && !values.containsKey(entry.key())) {
          if (after != null) {
            throw new InputException(
                "writing "
                    + job.targetRelative()
                    + " would keep the removed "
                    + entry.key()
                    + "; left unchanged");
          }
          continue;
        }
        if (!values.containsKey(entry.key())
            && (after == null || !after.text().equals(entry.text()))) {
          throw new InputException(
              "writing "
                  + job.targetRelative()
                  + " would change "
                  + entry.key()
                  + "; left unchanged");
        }
      }
    }
    Map<String, Message> readBack = new LinkedHashMap<>();
    values.forEach(
        (key, value) -> {
          Entry entry = written.get(key);
          if (entry != null && entry.text().equals(reread.normalized(key, value).canonical())) {
            readBack.put(key, entry.message());
          }
        });
    return readBack;
  }

  private static boolean changed(TargetJob job, byte[] bytes) {
    try {
      return !Files.exists(job.targetPath())
          || !Arrays.equals(Files.readAllBytes(job.targetPath()), bytes);
    } catch (IOException e) {
      return true;
    }
  }
}
