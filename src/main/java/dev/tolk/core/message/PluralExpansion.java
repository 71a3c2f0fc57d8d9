package dev.tolk.core.message;

import com.ibm.icu.text.MessagePattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every plural argument of an ICU message the categories a target language needs, each from
 * the source branch it translates ({@link BranchSource}), explicit values kept and categories the
 * language does not need dropped: {@code {n, plural, one {# file} other {# files}}} for Russian
 * gains few and many. Plurals inside select branches are expanded too. The pseudo provider answers
 * this way, since it cannot know the real forms.
 */
public final class PluralExpansion {
  private PluralExpansion() {}

  /**
   * @param literalApostrophes apostrophes are literal text (Flutter), not ICU quoting
   */
  public static String forLanguage(
      String message, boolean literalApostrophes, String sourceLanguage, String targetLanguage) {
    if (!literalApostrophes) {
      return expand(message, sourceLanguage, targetLanguage);
    }
    return expand(message.replace("'", "''"), sourceLanguage, targetLanguage).replace("''", "'");
  }

  private static String expand(String message, String sourceLanguage, String targetLanguage) {
    MessagePattern pattern = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
    try {
      pattern.parse(PlaceholderScanner.maskTags(message));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return message;
    }
    StringBuilder out = new StringBuilder();
    int copied = 0;
    for (int i = 0; i < pattern.countParts(); i++) {
      MessagePattern.Part part = pattern.getPart(i);
      if (part.getType() != MessagePattern.Part.Type.ARG_START
          || !part.getArgType().hasPluralStyle()
              && part.getArgType() != MessagePattern.ArgType.SELECT) {
        continue;
      }
      int limit = pattern.getLimitPartIndex(i);
      Map<String, String> branches = new LinkedHashMap<>(); // selector -> inner text
      int firstSelector = -1;
      for (int j = i + 1; j < limit; j++) {
        MessagePattern.Part selector = pattern.getPart(j);
        if (selector.getType() != MessagePattern.Part.Type.ARG_SELECTOR) {
          continue;
        }
        if (firstSelector < 0) {
          firstSelector = selector.getIndex();
        }
        int start = j + 1;
        while (pattern.getPartType(start) != MessagePattern.Part.Type.MSG_START) {
          start++; // an explicit value sits between
        }
        int end = pattern.getLimitPartIndex(start);
        String inner =
            message.substring(pattern.getPart(start).getLimit(), pattern.getPart(end).getIndex());
        branches.put(
            message.substring(selector.getIndex(), selector.getLimit()),
            expand(inner, sourceLanguage, targetLanguage));
        j = end;
      }
      if (firstSelector >= 0) {
        PluralKind kind =
            part.getArgType() == MessagePattern.ArgType.SELECT
                ? null
                : part.getArgType() == MessagePattern.ArgType.SELECTORDINAL
                    ? PluralKind.ORDINAL
                    : PluralKind.CARDINAL;
        out.append(message, copied, firstSelector);
        out.append(branches(branches, kind, sourceLanguage, targetLanguage));
        copied = pattern.getPart(limit).getIndex();
      }
      i = limit;
    }
    return out.append(message, copied, message.length()).toString();
  }

  private static String branches(
      Map<String, String> branches, PluralKind kind, String source, String target) {
    List<String> result = new ArrayList<>();
    if (kind == null) {
      branches.forEach((selector, inner) -> result.add(selector + " {" + inner + "}"));
      return String.join(" ", result);
    }
    branches.forEach(
        (selector, inner) -> {
          if (selector.startsWith("=")) {
            result.add(selector + " {" + inner + "}");
          }
        });
    for (String category : CldrPlurals.required(target, kind)) {
      String from =
          BranchSource.translateFrom(branches, kind, category, source, target, Dialect.ICU);
      if (from != null) {
        result.add(category + " {" + branches.get(from) + "}");
      }
    }
    return String.join(" ", result);
  }
}
