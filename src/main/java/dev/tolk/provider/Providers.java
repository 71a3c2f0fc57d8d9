package dev.tolk.provider;

import dev.tolk.core.ConfigurationException;
import dev.tolk.core.LockEntry;
import dev.tolk.core.Sleeper;
import java.time.Clock;
import java.util.List;

/** The one place that knows the providers by name. */
public final class Providers {
  private static final List<String> NAMES = List.of("claude", "pseudo");

  private Providers() {}

  /**
   * The provider of this name.
   *
   * @throws ConfigurationException for a name no provider has
   */
  public static TranslationProvider create(
      String name, ClaudeProvider.Options claude, Clock clock, Sleeper sleeper) {
    return switch (name) {
      case "claude" -> new ClaudeProvider(claude, clock, sleeper);
      case "pseudo" -> new PseudoProvider();
      default ->
          throw new ConfigurationException(
              "unknown provider '" + name + "': use " + String.join(" or ", NAMES));
    };
  }

  /** Whether translations this provider writes only stand in for real ones. */
  public static boolean standIn(String name) {
    return "pseudo".equals(name);
  }

  /**
   * Whether a translation tolk.lock records only stands in for a real one: written by a stand-in
   * provider, or (in a lockfile that did not record providers) with the pseudo provider's
   * fingerprint.
   */
  public static boolean standIn(LockEntry entry) {
    return entry.provider().isEmpty()
        ? new PseudoProvider().fingerprint().equals(entry.fingerprint())
        : standIn(entry.provider());
  }
}
