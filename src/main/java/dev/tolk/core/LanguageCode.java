package dev.tolk.core;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks that a language code is a BCP 47-like tag ({@code fr}, {@code pt-BR}, {@code zh_Hant}) and
 * nothing that could move an output path ({@code ..}, slashes).
 */
public final class LanguageCode {
  private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8}){0,3}");

  private LanguageCode() {}

  private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

  public static String require(String code) {
    if (code == null || !TAG.matcher(code).matches()) {
      throw new InputException(
          "invalid language code '"
              + code
              + "': expected a BCP 47 tag such as fr, pt-BR or zh-Hant");
    }
    String language = code.split("[-_]")[0].toLowerCase(Locale.ROOT);
    if (language.length() == 2 && !ISO_639_1.contains(language)) {
      throw new InputException(
          "unknown language code '" + code + "': '" + language + "' is not an ISO 639 language");
    }
    return normalize(code);
  }

  /** The tag in its usual form: {@code EN} is {@code en}, {@code pt_br} is {@code pt-BR}. */
  public static String normalize(String code) {
    String tag = Locale.forLanguageTag(code.strip().replace('_', '-')).toLanguageTag();
    return tag.equals("und") ? code : tag;
  }
}
