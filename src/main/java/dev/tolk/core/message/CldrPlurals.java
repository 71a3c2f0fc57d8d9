package dev.tolk.core.message;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A language's CLDR plural categories, from ICU4J: Russian has one, few, many and other; Japanese
 * only other. A category is <em>required</em> when some whole number falls in it (French "many" is
 * only for round millions, so it is allowed but not required). A category is <em>single-valued</em>
 * when exactly one whole number falls in it (English and Polish "one" is 1; Russian "one" is 1, 21,
 * 31, ...): there a translation may leave the number out, and an explicit {@code =1} covers it.
 */
public final class CldrPlurals {
  /** The order in which CLDR lists categories, and in which tolk writes them. */
  public static final List<String> ORDER = List.of("zero", "one", "two", "few", "many", "other");

  private static final long[] LARGE = {1_000, 10_000, 100_000, 1_000_000, 10_000_000};
  private static final Map<String, Rules> CACHE = new ConcurrentHashMap<>();

  private CldrPlurals() {}

  /** What one language's rules say, computed once. */
  private record Rules(
      Set<String> categories, Set<String> required, Map<String, List<Long>> values) {}

  /** Every category of the language (required or not), in CLDR order. */
  public static Set<String> categories(String language, PluralKind kind) {
    return rules(language, kind).categories();
  }

  /** The categories that some whole number falls in, and "other", in CLDR order. */
  public static Set<String> required(String language, PluralKind kind) {
    return rules(language, kind).required();
  }

  /** The one whole number of a single-valued category, or null. */
  public static Long onlyValue(String language, PluralKind kind, String category) {
    List<Long> values = rules(language, kind).values().get(category);
    return values != null && values.size() == 1 ? values.get(0) : null;
  }

  public static boolean singleValued(String language, PluralKind kind, String category) {
    return onlyValue(language, kind, category) != null;
  }

  /**
   * Whether at most one whole number falls in a category once the numbers that explicit branches
   * take are left out: with {@code =0}, French "one" (0 and 1) only has 1 left.
   *
   * @param selectors the message's selectors; explicit ones ({@code =0}) take their number
   */
  public static boolean singleValued(
      String language, PluralKind kind, String category, java.util.Collection<String> selectors) {
    return valuesLeft(language, kind, category, selectors) <= 1;
  }

  /**
   * Whether explicit branches take every whole number of a category, so that it needs no branch of
   * its own: {@code =1} covers Polish "one" (only 1), not Russian "one" (1, 21, 31, ...).
   */
  public static boolean coveredByExplicit(
      String language, PluralKind kind, String category, java.util.Collection<String> selectors) {
    return valuesLeft(language, kind, category, selectors) == 0;
  }

  private static long valuesLeft(
      String language, PluralKind kind, String category, java.util.Collection<String> selectors) {
    List<Long> values = rules(language, kind).values().get(category);
    return values == null
        ? Long.MAX_VALUE
        : values.stream().filter(n -> !selectors.contains("=" + n)).count();
  }

  /** The category a whole number falls in. */
  public static String select(String language, PluralKind kind, long number) {
    return icuRules(language, kind).select(number);
  }

  /** Sorts categories and explicit values ({@code =0}) as tolk writes them: explicit first. */
  public static int order(String selector) {
    if (selector.startsWith("=")) {
      try {
        return -1_000_000 + (int) Math.min(999_999, Double.parseDouble(selector.substring(1)));
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    int index = ORDER.indexOf(selector);
    return index < 0 ? ORDER.size() : index;
  }

  private static Rules rules(String language, PluralKind kind) {
    return CACHE.computeIfAbsent(kind + ":" + language, key -> compute(language, kind));
  }

  private static Rules compute(String language, PluralKind kind) {
    PluralRules rules = icuRules(language, kind);
    Map<String, List<Long>> values = new java.util.HashMap<>();
    for (long n = 0; n < 1000; n++) {
      values.computeIfAbsent(rules.select(n), c -> new ArrayList<>()).add(n);
    }
    Set<String> required = ordered(values.keySet(), true);
    for (long n : LARGE) {
      values.computeIfAbsent(rules.select(n), c -> new ArrayList<>()).add(n);
    }
    return new Rules(ordered(rules.getKeywords(), true), required, values);
  }

  private static Set<String> ordered(Set<String> categories, boolean withOther) {
    Set<String> ordered = new LinkedHashSet<>();
    for (String category : ORDER) {
      if (categories.contains(category) || (withOther && category.equals("other"))) {
        ordered.add(category);
      }
    }
    return ordered;
  }

  private static PluralRules icuRules(String language, PluralKind kind) {
    return PluralRules.forLocale(
        ULocale.forLanguageTag(language.replace('_', '-')),
        kind == PluralKind.ORDINAL
            ? PluralRules.PluralType.ORDINAL
            : PluralRules.PluralType.CARDINAL);
  }
}
