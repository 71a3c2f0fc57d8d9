package dev.tolk.provider;

import dev.tolk.core.quality.Brief;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The system prompt's section about the product: its context, the tone and style for the target
 * language, and the glossary. The same for every chunk of a language, so it stays in the cached
 * prefix; empty when tolk.yaml says nothing.
 */
final class ProjectBrief {
  private ProjectBrief() {}

  static String section(Brief brief, String targetName, String target) {
    StringBuilder text = new StringBuilder();
    if (brief.context() != null) {
      text.append("## The product\n\n").append(brief.context()).append("\n\n");
    }
    String tone = brief.tone(target);
    String style = brief.style(target);
    if (tone != null || style != null) {
      text.append("## Tone and style in ").append(targetName).append("\n\n");
      if (tone != null) {
        text.append("- Tone and form of address: ").append(tone).append(".\n");
      }
      if (style != null) {
        text.append("- Style: ").append(style).append('\n');
      }
      text.append('\n');
    }
    List<String> keep = brief.glossary().keep();
    Map<String, String> terms = brief.glossary().terms(target);
    if (!keep.isEmpty() || !terms.isEmpty()) {
      text.append("## Glossary\n\n");
      if (!keep.isEmpty()) {
        text.append("- Never translate these terms; keep them exactly as written: ")
            .append(keep.stream().map(ProjectBrief::quote).collect(Collectors.joining(", ")))
            .append(".\n");
      }
      if (!terms.isEmpty()) {
        text.append(
            "- Always translate these terms as given (inflect them where grammar needs):\n");
        terms.forEach(
            (term, translation) ->
                text.append("  ")
                    .append(quote(term))
                    .append(" → ")
                    .append(quote(translation))
                    .append('\n'));
      }
      text.append('\n');
    }
    if (text.isEmpty()) {
      return "";
    }
    return "# About this product (from its developers)\n\n"
        + "These instructions take precedence over the general rules above where they differ.\n\n"
        + text;
  }

  private static String quote(String term) {
    return "\"" + term + "\"";
  }
}
