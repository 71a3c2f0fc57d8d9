package dev.tolk.provider;

import com.ibm.icu.text.MessagePattern;
import dev.tolk.core.PluralCategories;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives every plural argument of an ICU message the categories a target language needs, copying the
 * {@code other} branch into the missing ones and dropping categories the language does not have:
 * {@code {n, plural, one {# file} other {# files}}} for Russian gains {@code few} and {@code many}.
 * Used by the pseudo provider, which cannot know the real forms.
 */
final class PluralExpansion {
  private PluralExpansion() {}

  static String forLanguage(String message, String language) {
    MessagePattern pattern = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
    try {
      pattern.parse(message);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return message;
    }
    // the outermost plural arguments, rewritten from the last to the first so offsets stay valid
    List<int[]> arguments = new ArrayList<>();
    for (int i = 0; i < pattern.countParts(); i++) {
      MessagePattern.Part part = pattern.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_START
          && (part.getArgType() == MessagePattern.ArgType.PLURAL
              || part.getArgType() == MessagePattern.ArgType.SELECTORDINAL)) {
        int limit = pattern.getLimitPartIndex(i);
        arguments.add(new int[] {i, limit});
        i = limit;
      }
    }
    StringBuilder out = new StringBuilder(message);
    for (int a = arguments.size() - 1; a >= 0; a--) {
      int start = arguments.get(a)[0];
      int limit = arguments.get(a)[1];
      boolean ordinal = pattern.getPart(start).getArgType() == MessagePattern.ArgType.SELECTORDINAL;
      Set<String> required = PluralCategories.required(language, ordinal);
      List<String[]> branches = new ArrayList<>(); // selector, message with braces
      int firstSelector = -1;
      for (int i = start + 1; i < limit; i++) {
        MessagePattern.Part part = pattern.getPart(i);
        if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
          if (firstSelector < 0) {
            firstSelector = part.getIndex();
          }
          int messageStart = i + 1;
          while (pattern.getPartType(messageStart) != MessagePattern.Part.Type.MSG_START) {
            messageStart++; // an explicit offset or numeric value sits between
          }
          int messageLimit = pattern.getLimitPartIndex(messageStart);
          String body =
              message.substring(
                  pattern.getPart(messageStart).getIndex(),
                  pattern.getPart(messageLimit).getLimit());
          branches.add(new String[] {pattern.getSubstring(part), body});
          i = messageLimit;
        }
      }
      String other =
          branches.stream()
              .filter(b -> b[0].equals("other"))
              .map(b -> b[1])
              .findFirst()
              .orElse(null);
      if (other == null || firstSelector < 0) {
        continue;
      }
      Set<String> present = new LinkedHashSet<>();
      List<String> kept = new ArrayList<>();
      Set<String> all = new LinkedHashSet<>(required);
      for (String[] branch : branches) {
        boolean explicit = branch[0].startsWith("=");
        if (explicit
            || required.contains(branch[0])
            || branch[0].equals("other")
            || known(language, ordinal, branch[0])) {
          present.add(branch[0]);
          kept.add(branch[0] + " " + branch[1]);
        }
      }
      List<String> result = new ArrayList<>();
      for (String category : all) {
        if (!present.contains(category)) {
          result.add(category + " " + other);
        }
      }
      result.addAll(kept);
      int end = pattern.getPart(limit).getIndex();
      out.replace(firstSelector, end, String.join(" ", result));
    }
    return out.toString();
  }

  private static boolean known(String language, boolean ordinal, String category) {
    com.ibm.icu.util.ULocale locale =
        com.ibm.icu.util.ULocale.forLanguageTag(language.replace('_', '-'));
    return com.ibm.icu.text.PluralRules.forLocale(
            locale,
            ordinal
                ? com.ibm.icu.text.PluralRules.PluralType.ORDINAL
                : com.ibm.icu.text.PluralRules.PluralType.CARDINAL)
        .getKeywords()
        .contains(category);
  }
}
