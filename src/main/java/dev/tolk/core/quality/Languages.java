package dev.tolk.core.quality;

import java.util.Map;

/** Per-language settings that may be given for a language, its base language, or {@code all}. */
final class Languages {
  static final String ALL = "all";

  private Languages() {}

  /** "pt" for "pt-BR", "zh" for "zh-Hant-TW"; the code itself when it has no subtags. */
  static String base(String language) {
    int dash = language.indexOf('-');
    return dash < 0 ? language : language.substring(0, dash);
  }

  /** The value for the language itself, else its base language, else {@code all}; null if none. */
  static String lookup(Map<String, String> values, String language) {
    String value = values.get(language);
    if (value == null) {
      value = values.get(base(language));
    }
    return value != null ? value : values.get(ALL);
  }
}
