package dev.tolk.core.quality;

import java.util.Locale;

/** What a failed quality check does: nothing, a warning in the report, or an invalid answer. */
public enum Strictness {
  OFF,
  WARN,
  REJECT;

  /**
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Strictness parse(String value, Strictness fallback) {
    if (value == null) {
      return fallback;
    }
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + value + "' is not one of off, warn, reject");
    }
  }
}
