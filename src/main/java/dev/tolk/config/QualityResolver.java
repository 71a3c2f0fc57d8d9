package dev.tolk.config;

import dev.tolk.core.ConfigurationException;
import dev.tolk.core.LanguageCode;
import dev.tolk.core.quality.Brief;
import dev.tolk.core.quality.Glossary;
import dev.tolk.core.quality.QualityChecks;
import dev.tolk.core.quality.Strictness;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and checks the quality keys of tolk.yaml: a bad value names its key. */
final class QualityResolver {
  private QualityResolver() {}

  static Quality resolve(ProjectConfig config) {
    ProjectConfig.GlossarySection section = config.glossary();
    Map<String, Map<String, String>> terms = new LinkedHashMap<>();
    if (section != null && section.terms() != null) {
      section
          .terms()
          .forEach(
              (language, map) ->
                  terms.put(language(language, "glossary.terms"), map == null ? Map.of() : map));
    }
    List<String> keep =
        section == null || section.keep() == null
            ? List.of()
            : section.keep().stream().filter(term -> term != null && !term.isBlank()).toList();
    Glossary glossary = new Glossary(keep, terms);
    Brief brief =
        new Brief(
            config.context(),
            perLanguage(config.tone(), "tone"),
            perLanguage(config.style(), "style"),
            glossary);
    QualityChecks checks =
        new QualityChecks(
            glossary,
            strictness(section == null ? null : section.check(), Strictness.WARN, "glossary.check"),
            strictness(config.scriptCheck(), Strictness.WARN, "script-check"));
    Map<String, Integer> maxLength = new LinkedHashMap<>();
    if (config.maxLength() != null) {
      config
          .maxLength()
          .forEach(
              (glob, limit) -> {
                if (limit == null || limit < 1) {
                  throw new ConfigurationException(
                      "max-length: '" + glob + "' needs a number of characters of 1 or more");
                }
                maxLength.put(glob, limit);
              });
    }
    return new Quality(brief, checks, Map.copyOf(maxLength), review(config.review()));
  }

  private static Map<String, String> perLanguage(Map<String, String> values, String key) {
    Map<String, String> checked = new LinkedHashMap<>();
    if (values != null) {
      values.forEach(
          (language, value) -> {
            if (value != null && !value.isBlank()) {
              checked.put(language(language, key), value.strip());
            }
          });
    }
    return checked;
  }

  private static String language(String code, String key) {
    if (code.equals("all")) {
      return code;
    }
    try {
      return LanguageCode.require(code);
    } catch (RuntimeException e) {
      throw new ConfigurationException(key + ": " + e.getMessage());
    }
  }

  private static Strictness strictness(String value, Strictness fallback, String key) {
    try {
      return Strictness.parse(value, fallback);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(key + ": " + e.getMessage());
    }
  }

  private static boolean review(String value) {
    if (value == null || value.equals("off")) {
      return false;
    }
    if (value.equals("mark")) {
      return true;
    }
    throw new ConfigurationException("review: '" + value + "' is not one of mark, off");
  }
}
