package dev.tolk.core;

/**
 * What tolk.lock remembers of one translated key in one language.
 *
 * @param source the hash of the source text that was translated
 * @param target the hash of the translation that was written (a different target means a person
 *     edited it)
 * @param fingerprint the model and instructions it was translated with
 */
public record LockEntry(String source, String target, String fingerprint) {}
