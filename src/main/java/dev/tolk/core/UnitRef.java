package dev.tolk.core;

/**
 * Identifies one unit of work: a key of a source file, to be translated into one language.
 *
 * @param file the project-relative path of the source file
 * @param key the entry's key in that file
 * @param language the target language
 */
public record UnitRef(String file, String key, String language) {
  @Override
  public String toString() {
    return file + " " + key + " [" + language + "]";
  }
}
