package dev.tolk.format;

import dev.tolk.core.Catalog;
import java.util.Map;

/** A parsed localization file that can be written back with new values and nothing else changed. */
public interface LocalizationDocument {
  Catalog catalog();

  /**
   * This document's bytes with the given values set: existing keys get the new value in place,
   * missing keys are inserted where the source has them. Every other byte stays as it was.
   *
   * @param source the source-language document, for the order and structure of inserted keys
   */
  default byte[] update(Map<String, String> values, LocalizationDocument source) {
    return update(values, java.util.Set.of(), source);
  }

  /** As {@link #update(Map, LocalizationDocument)}, also removing the given keys. */
  byte[] update(
      Map<String, String> values, java.util.Set<String> removals, LocalizationDocument source);

  /**
   * What a value reads back as once written here: the same text, except where the format stores it
   * differently (plural branches, for instance). Used to check a write.
   */
  default String normalized(String key, String value) {
    return value;
  }

  /**
   * For files that hold every language (a CSV with a column per language, a String Catalog): this
   * file as seen in one language, whose writes change only that language. Null for files of one
   * language.
   */
  default LocalizationDocument forLanguage(String language) {
    return null;
  }

  /** A new target file shaped like this (source) document, holding only the given values. */
  byte[] translateInto(Map<String, String> values);

  /** As {@link #translateInto(Map)}, for formats whose files name their language. */
  default byte[] translateInto(Map<String, String> values, String language) {
    return translateInto(values);
  }
}
