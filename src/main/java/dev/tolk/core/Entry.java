package dev.tolk.core;

/**
 * One translatable string of a localization file.
 *
 * @param key the format's stable key for the string (for JSON a JSON Pointer, for properties the
 *     key)
 * @param text the text in the file's language
 * @param note context for the translator taken from the file (a comment or description), or null
 * @param line the 1-based line where the entry starts, for messages
 */
public record Entry(String key, String text, String note, int line) {}
