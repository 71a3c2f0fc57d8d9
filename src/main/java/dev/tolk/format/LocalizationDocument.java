package dev.tolk.format;

import dev.tolk.core.Catalog;
import dev.tolk.core.message.Message;
import java.util.Map;
import java.util.Set;

/**
 * A parsed localization file that can be written back with new values and nothing else changed.
 * Generic over its own type, so that a target is updated with the source of its own format.
 */
public interface LocalizationDocument<D extends LocalizationDocument<D>> {
  Catalog catalog();

  /**
   * This document's bytes with the given values set and the given keys removed: existing keys get
   * the new value in place, missing keys are inserted where the source has them. Every other byte
   * stays as it was.
   *
   * @param source the source-language document, for the order and structure of inserted keys
   */
  byte[] update(Map<String, Message> values, Set<String> removals, D source);

  /** As {@link #update(Map, Set, LocalizationDocument)}, removing nothing. */
  default byte[] update(Map<String, Message> values, D source) {
    return update(values, Set.of(), source);
  }

  /**
   * What a value reads back as once written here: the same message, except where the format stores
   * it differently (plural forms mapped to a file's forms, explicit values dropped). Used to check
   * a write.
   */
  default Message normalized(String key, Message value) {
    return value;
  }

  /**
   * For files that hold every language (a CSV with a column per language, a String Catalog): this
   * file as seen in one language, whose writes change only that language. Null for files of one
   * language.
   */
  default D forLanguage(String language) {
    return null;
  }

  /**
   * Whether the file is to be translated at all (an Android resources file marked {@code
   * translatable="false"} is not).
   */
  default boolean translatable() {
    return true;
  }

  /**
   * A new target file shaped like this (source) document, holding only the given values.
   *
   * @param language the target language as a BCP 47 tag ({@code pt-BR}); the format writes it its
   *     own way where the file names its language
   */
  byte[] translateInto(Map<String, Message> values, String language);

  /**
   * This document's bytes with the given translations marked for review or as reviewed, for a
   * format that has a translation state; null for one that has none (the file stays as it is).
   */
  default byte[] marked(Map<String, ReviewState> states) {
    return null;
  }

  /** This document as a project's source (a format may read its texts differently then). */
  @SuppressWarnings("unchecked")
  default D asSource() {
    return (D) this;
  }
}
