package dev.tolk.core;

import dev.tolk.core.message.Message;

/**
 * The hashes tolk.lock keeps: of a message's canonical text, so that a plural written by tolk and
 * read back (its branches in the file's own order and layout) is recognised as tolk's.
 */
public final class LockHashes {
  private LockHashes() {}

  public static String source(Message message) {
    return TextHash.of(message.canonical());
  }

  public static String target(Message message) {
    return TextHash.of(message.canonical());
  }

  /**
   * Whether the translation is still what tolk wrote. A plural recorded by the first lockfile
   * version was hashed as the model answered it, so it cannot be compared: it counts as tolk's.
   */
  public static boolean targetMatches(LockEntry known, Message translation) {
    return known.target().equals(target(translation))
        || (known.legacy() && translation instanceof Message.Plural);
  }

  /** Whether the source is the one translated; version 1 named gettext's plural argument "n". */
  public static boolean sourceMatches(LockEntry known, Message source) {
    return known.source().equals(source(source))
        || (known.legacy()
            && source instanceof Message.Plural
            && known
                .source()
                .equals(TextHash.of(source.canonical().replaceFirst("^\\{count,", "{n,"))));
  }
}
