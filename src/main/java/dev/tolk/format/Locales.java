package dev.tolk.format;

import java.util.Locale;

/**
 * Language tags as different ecosystems spell them: BCP 47 ({@code pt-BR}, {@code zh-Hant}), POSIX
 * and Java ({@code pt_BR}, {@code zh_Hant}), and Android resource qualifiers ({@code pt-rBR},
 * {@code b+zh+Hant}).
 */
public final class Locales {
  private Locales() {}

  /** {@code pt_BR}, {@code zh_Hant_TW}: gettext, Java resource bundles, Flutter. */
  public static String underscored(String language) {
    return language.replace('-', '_');
  }

  /**
   * Android's qualifier after {@code values-}: {@code fr}, {@code pt-rBR} for a language and
   * region, {@code b+zh+Hant} (BCP 47 form) for anything with a script or more parts.
   */
  public static String android(String language) {
    Locale locale = Locale.forLanguageTag(language.replace('_', '-'));
    String lang = locale.getLanguage();
    if (lang.isEmpty()) {
      return language;
    }
    boolean simple = locale.getScript().isEmpty() && locale.getVariant().isEmpty();
    String region = locale.getCountry();
    if (simple && region.isEmpty()) {
      return lang;
    }
    if (simple && region.matches("[A-Z]{2}")) {
      return lang + "-r" + region;
    }
    return "b+" + locale.toLanguageTag().replace('-', '+');
  }

  /** Whether two spellings name the same language ({@code pt_BR} and {@code pt-BR}). */
  public static boolean same(String a, String b) {
    return a != null && b != null && a.replace('_', '-').equalsIgnoreCase(b.replace('_', '-'));
  }
}
