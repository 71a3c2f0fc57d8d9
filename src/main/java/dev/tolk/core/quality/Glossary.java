package dev.tolk.core.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Terms that are never translated ({@code keep}: product names, "Wi-Fi") and terms with a fixed
 * translation per language ({@code terms}: German "folder" is "Ordner").
 *
 * @param terms language (or base language) to source term to its translation
 */
public record Glossary(List<String> keep, Map<String, Map<String, String>> terms) {
  public static final Glossary NONE = new Glossary(List.of(), Map.of());

  public Glossary {
    keep = keep == null ? List.of() : List.copyOf(keep);
    terms = terms == null ? Map.of() : Map.copyOf(terms);
  }

  public boolean isEmpty() {
    return keep.isEmpty() && terms.isEmpty();
  }

  /**
   * The fixed translations for a language: its own ({@code pt-BR}) over its base's ({@code pt}).
   */
  public Map<String, String> terms(String language) {
    Map<String, String> merged = new LinkedHashMap<>();
    String base = Languages.base(language);
    if (!base.equals(language)) {
      merged.putAll(terms.getOrDefault(base, Map.of()));
    }
    merged.putAll(terms.getOrDefault(language, Map.of()));
    return merged;
  }

  /** The do-not-translate terms that the text contains. */
  public List<String> keptIn(String text) {
    return keep.stream().filter(term -> Terms.occurs(term, text)).toList();
  }

  /** The fixed terms of the language that the text contains, with their translations. */
  public Map<String, String> termsIn(String text, String language) {
    Map<String, String> found = new LinkedHashMap<>();
    terms(language)
        .forEach(
            (term, translation) -> {
              if (Terms.occurs(term, text)) {
                found.put(term, translation);
              }
            });
    return found;
  }
}
