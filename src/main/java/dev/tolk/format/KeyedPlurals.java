package dev.tolk.format;

import dev.tolk.core.message.CldrPlurals;
import dev.tolk.core.message.PluralKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Plural forms stored under keys named by category (Rails {@code one:}/{@code other:}, i18next
 * {@code key_one}/{@code key_other}). Their {@code zero} key is used for 0 in every language, so
 * where the language has no CLDR "zero" it is the explicit value {@code =0}; other explicit values
 * have no key.
 */
public final class KeyedPlurals {
  public static final Set<String> KEYS = Set.copyOf(CldrPlurals.ORDER);

  private KeyedPlurals() {}

  /** The selector a key stands for in a file of this language (null: unknown). */
  public static String selector(String key, String language, PluralKind kind) {
    return key.equals("zero") && !hasZero(language, kind) ? "=0" : key;
  }

  /** The keys to write for the branches of a plural, in order. */
  public static Map<String, String> keys(
      Map<String, String> branches, String language, PluralKind kind) {
    Map<String, String> keys = new LinkedHashMap<>();
    boolean zero = hasZero(language, kind);
    branches.forEach(
        (selector, text) -> {
          if (selector.equals("=0") && !(zero && branches.containsKey("zero"))) {
            keys.put("zero", text);
          } else if (!selector.startsWith("=") && (zero || !selector.equals("zero"))) {
            keys.put(selector, text);
          }
        });
    return keys;
  }

  /** The branches as they read back once written under keys. */
  public static Map<String, String> normalized(
      Map<String, String> branches, String language, PluralKind kind) {
    Map<String, String> result = new LinkedHashMap<>();
    keys(branches, language, kind)
        .forEach((key, text) -> result.put(selector(key, language, kind), text));
    return result;
  }

  private static boolean hasZero(String language, PluralKind kind) {
    return language != null && CldrPlurals.categories(language, kind).contains("zero");
  }
}
