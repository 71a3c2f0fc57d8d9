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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges validated translations into each target file and writes it atomically, after checking the
 * new bytes: they must parse, hold every new value, and keep every other value as it was. A file
 * that fails the check is not written and its units are reported as failed.
 */
final class TargetWriter {

  record Written(List<String> files, List<UnitOutcome> outcomes) {}

  Written write(List<TargetJob> jobs, List<UnitOutcome> outcomes) {
    return write(jobs, outcomes, Map.of());
  }

  /**
   * @param removals per target ({@link #id}), keys to remove because the source no longer has them
   */
  Written write(
      List<TargetJob> jobs,
      List<UnitOutcome> outcomes,
      Map<String, java.util.Set<String>> removals) {
    Map<String, Map<String, UnitOutcome.Translated>> byTarget = new LinkedHashMap<>();
    List<UnitOutcome> result = new ArrayList<>();
    for (UnitOutcome outcome : outcomes) {
      if (outcome instanceof UnitOutcome.Translated translated) {
        String id = id(outcome.unit().ref().file(), outcome.unit().ref().language());
        byTarget
            .computeIfAbsent(id, k -> new LinkedHashMap<>())
            .put(outcome.unit().ref().key(), translated);
      } else {
        result.add(outcome);
      }
    }
    List<String> written = new ArrayList<>();
    for (TargetJob job : jobs) {
      Map<String, UnitOutcome.Translated> translated =
          byTarget.getOrDefault(id(job.source().relative(), job.language()), Map.of());
      java.util.Set<String> removed =
          job.target() == null
              ? java.util.Set.of()
              : removals.getOrDefault(
                  id(job.source().relative(), job.language()), java.util.Set.of());
      if (translated.isEmpty() && removed.isEmpty()) {
        continue;
      }
      Map<String, Message> values = new LinkedHashMap<>();
      translated.forEach((key, outcome) -> values.put(key, outcome.message()));
      try {
        byte[] bytes = render(job, values, removed);
        Map<String, Message> readBack = new LinkedHashMap<>();
        List<String> missing = verify(job, bytes, values, removed, readBack);
        for (var entry : translated.entrySet()) {
          result.add(
              missing.contains(entry.getKey())
                  ? new UnitOutcome.Failed(
                      entry.getValue().unit(), "cannot be placed in " + job.targetRelative(), false)
                  : new UnitOutcome.Translated(
                      entry.getValue().unit(), readBack.get(entry.getKey())));
        }
        if ((missing.size() < translated.size() || !removed.isEmpty()) && changed(job, bytes)) {
          AtomicFile.write(job.targetPath(), bytes);
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

  /**
   * The target as it is now: a file that holds every language was perhaps just written for another
   * language, so it is read again.
   */
  private static LocalizationDocument current(TargetJob job) {
    if (!job.targetPath().equals(job.source().path())) {
      return job.target();
    }
    try {
      LocalizationDocument fresh =
          job.source()
              .format()
              .parse(job.targetRelative(), Files.readAllBytes(job.targetPath()), job.language());
      return fresh.forLanguage(job.language());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String id(String sourceFile, String language) {
    return sourceFile + "\u0000" + language;
  }

  private static byte[] render(
      TargetJob job, Map<String, Message> values, java.util.Set<String> removed) {
    LocalizationDocument target = current(job);
    return target == null
        ? job.sourceDocument().translateInto(values, job.language())
        : target.update(values, removed, job.sourceDocument());
  }

  /**
   * The keys whose value did not arrive in the new bytes; throws when the bytes are not valid.
   *
   * @param readBack receives each value as the new bytes hold it (what tolk.lock hashes)
   */
  private static List<String> verify(
      TargetJob job,
      byte[] bytes,
      Map<String, Message> values,
      java.util.Set<String> removed,
      Map<String, Message> readBack) {
    Catalog written;
    LocalizationDocument reread;
    try {
      LocalizationDocument parsed =
          job.source().format().parse(job.targetRelative(), bytes, job.language());
      reread =
          job.targetPath().equals(job.source().path())
              ? parsed.forLanguage(job.language())
              : parsed;
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
    LocalizationDocument previous = current(job);
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
    List<String> missing = new ArrayList<>();
    values.forEach(
        (key, value) -> {
          Entry entry = written.get(key);
          if (entry == null || !entry.text().equals(reread.normalized(key, value).canonical())) {
            missing.add(key);
          } else {
            readBack.put(key, entry.message());
          }
        });
    return missing;
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
