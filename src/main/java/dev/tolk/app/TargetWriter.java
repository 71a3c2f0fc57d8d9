package dev.tolk.app;

import dev.tolk.core.Catalog;
import dev.tolk.core.Entry;
import dev.tolk.core.InputException;
import dev.tolk.core.UnitOutcome;
import dev.tolk.core.message.Message;
import dev.tolk.format.LocalizationDocument;
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
  private final Map<Path, LocalizationDocument> latest = new HashMap<>();

  /**
   * @param outcomes the outcomes given, translations as the files now hold them
   */
  record Written(List<String> files, List<UnitOutcome> outcomes) {}

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
    for (TargetJob job : jobs) {
      TargetId id = new TargetId(job.source().relative(), job.language());
      Map<String, UnitOutcome.Translated> translated = byTarget.getOrDefault(id, Map.of());
      LocalizationDocument current = current(job);
      Set<String> removed = current == null ? Set.of() : removals.getOrDefault(id, Set.of());
      if (translated.isEmpty() && removed.isEmpty()) {
        continue;
      }
      Map<String, Message> values = new LinkedHashMap<>();
      translated.forEach((key, outcome) -> values.put(key, outcome.message()));
      try {
        byte[] bytes =
            current == null
                ? job.sourceDocument().translateInto(values, job.language())
                : current.update(values, removed, job.sourceDocument());
        Verified verified = verify(job, current, bytes, values, removed);
        for (var entry : translated.entrySet()) {
          Message kept = verified.readBack().get(entry.getKey());
          result.add(
              kept == null
                  ? new UnitOutcome.Failed(
                      entry.getValue().unit(), "cannot be placed in " + job.targetRelative(), false)
                  : new UnitOutcome.Translated(entry.getValue().unit(), kept));
        }
        if ((!verified.readBack().isEmpty() || !removed.isEmpty()) && changed(job, bytes)) {
          AtomicFile.write(job.targetPath(), bytes);
          latest.put(job.targetPath(), verified.document());
          if (!written.contains(job.targetRelative())) {
            written.add(
                job.targetRelative()); // a file of every language is written once per language
          }
        }
      } catch (InputException | UncheckedIOException e) {
        for (UnitOutcome.Translated outcome : translated.values()) {
          result.add(
              new UnitOutcome.Failed(outcome.unit(), "not written: " + e.getMessage(), false));
        }
      }
    }
    return new Written(written, result);
  }

  /** The target as it is now: as this writer last wrote it, else as the project was read. */
  private LocalizationDocument current(TargetJob job) {
    LocalizationDocument written = latest.get(job.targetPath());
    if (written == null) {
      return job.target();
    }
    LocalizationDocument view = written.forLanguage(job.language());
    return view != null ? view : written;
  }

  /**
   * @param document the new file as read back (the whole file, for one that holds every language)
   * @param readBack each value the new bytes hold, as they hold it (what tolk.lock hashes)
   */
  private record Verified(LocalizationDocument document, Map<String, Message> readBack) {}

  /** Reads the new bytes back; throws when they are not valid or change what they must not. */
  private static Verified verify(
      TargetJob job,
      LocalizationDocument previous,
      byte[] bytes,
      Map<String, Message> values,
      Set<String> removed) {
    LocalizationDocument parsed;
    Catalog written;
    LocalizationDocument reread;
    try {
      parsed = job.source().format().parse(job.targetRelative(), bytes, job.language());
      LocalizationDocument view = parsed.forLanguage(job.language());
      reread = job.targetPath().equals(job.source().path()) && view != null ? view : parsed;
      written = reread.catalog();
    } catch (InputException e) {
      throw new InputException(
          "the new "
              + job.targetRelative()
              + " would not be valid ("
              + e.getMessage()
              + "); left unchanged",
          e);
    }
    if (previous != null) {
      for (Entry before : previous.catalog().entries()) {
        Entry after = written.get(before.key());
        if (removed.contains(before.key()) && !values.containsKey(before.key())) {
          if (after != null) {
            throw new InputException(
                "writing "
                    + job.targetRelative()
                    + " would keep the removed "
                    + before.key()
                    + "; left unchanged");
          }
          continue;
        }
        if (!values.containsKey(before.key())
            && (after == null || !after.text().equals(before.text()))) {
          throw new InputException(
              "writing "
                  + job.targetRelative()
                  + " would change "
                  + before.key()
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
    return new Verified(parsed, readBack);
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
