package dev.tolk.app;

import dev.tolk.core.Catalog;
import dev.tolk.core.message.Message;
import dev.tolk.format.FileFormat;
import dev.tolk.format.LocalizationDocument;
import java.util.Map;
import java.util.Set;

/**
 * A source document and its translation into one language, both of one format, so that a target is
 * always written against a source of its own kind.
 *
 * @param target the existing translation, or null when there is none yet
 * @param sharesSourceFile whether the translation lives in the source file itself (a CSV with a
 *     column per language, a String Catalog): then source and target are views of one file
 */
record TargetDocuments<D extends LocalizationDocument<D>>(
    FileFormat<D> format, D source, String language, D target, boolean sharesSourceFile) {

  Catalog sourceCatalog() {
    return source.catalog();
  }

  /** The translation's catalog, or null when there is no translation yet. */
  Catalog targetCatalog() {
    return target == null ? null : target.catalog();
  }

  /**
   * The target file's new bytes: the existing target updated, or a new one made from the source.
   */
  byte[] write(Map<String, Message> values, Set<String> removals) {
    return target == null
        ? source.translateInto(values, language)
        : target.update(values, removals, source);
  }

  /**
   * These documents with the target read from new bytes (seen in this language, for a file that
   * holds every language).
   *
   * @throws dev.tolk.format.FormatException when the bytes are not valid
   */
  TargetDocuments<D> reading(String relative, byte[] bytes) {
    D parsed = format.parse(relative, bytes, language);
    D view = sharesSourceFile ? parsed.forLanguage(language) : null;
    return new TargetDocuments<>(
        format, source, language, view != null ? view : parsed, sharesSourceFile);
  }

  /** What a value reads back as once written to the target. */
  Message normalized(String key, Message value) {
    return target.normalized(key, value);
  }
}
