package dev.tolk.core;

/**
 * What tolk.lock remembers of one translated key in one language.
 *
 * @param source the hash of the source message that was translated
 * @param target the hash of the translation that was written (a different target means a person
 *     edited it)
 * @param fingerprint the model and instructions it was translated with
 * @param provider the provider that wrote it ({@code claude}, {@code pseudo}), or "" when unknown
 * @param legacy recorded by a tolk that hashed plurals differently (lockfile version 1): a plural
 *     whose hashes do not match is taken as it is, not as a person's edit
 */
public record LockEntry(
    String source, String target, String fingerprint, String provider, boolean legacy) {

  public LockEntry(String source, String target, String fingerprint, String provider) {
    this(source, target, fingerprint, provider, false);
  }
}
