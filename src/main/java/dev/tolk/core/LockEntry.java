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
 * @param brief the hash of what the project's brief (context, tone, style, glossary) said about
 *     this text when it was translated; "" when it said nothing
 * @param reviewed whether a review pass has looked at this translation since it was written
 */
public record LockEntry(
    String source,
    String target,
    String fingerprint,
    String provider,
    boolean legacy,
    String brief,
    boolean reviewed) {

  public LockEntry {
    brief = brief == null ? "" : brief;
  }

  public LockEntry(String source, String target, String fingerprint, String provider) {
    this(source, target, fingerprint, provider, false, "", false);
  }

  public LockEntry(
      String source, String target, String fingerprint, String provider, boolean legacy) {
    this(source, target, fingerprint, provider, legacy, "", false);
  }

  public LockEntry withBrief(String value) {
    return new LockEntry(source, target, fingerprint, provider, legacy, value, reviewed);
  }

  public LockEntry withReviewed(boolean value) {
    return new LockEntry(source, target, fingerprint, provider, legacy, brief, value);
  }

  public LockEntry withLegacy(boolean value) {
    return new LockEntry(source, target, fingerprint, provider, value, brief, reviewed);
  }
}
