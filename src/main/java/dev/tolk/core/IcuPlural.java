package dev.tolk.core;

import com.ibm.icu.text.MessagePattern;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The first plural argument of an ICU message, taken apart: the text before and after it, and the
 * message of each branch by its selector ({@code one}, {@code other}, {@code =0}), in order.
 */
public record IcuPlural(String prefix, Map<String, String> branches, String suffix) {

  public static Optional<IcuPlural> parse(String message) {
    if (message.indexOf('{') < 0) {
      return Optional.empty();
    }
    MessagePattern pattern = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
    try {
      pattern.parse(message);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
    for (int i = 0; i < pattern.countParts(); i++) {
      MessagePattern.Part part = pattern.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_START
          && part.getArgType() == MessagePattern.ArgType.PLURAL) {
        int limit = pattern.getLimitPartIndex(i);
        Map<String, String> branches = new LinkedHashMap<>();
        for (int j = i + 1; j < limit; j++) {
          if (pattern.getPartType(j) == MessagePattern.Part.Type.ARG_SELECTOR) {
            String selector = pattern.getSubstring(pattern.getPart(j));
            int messageStart = j + 1;
            while (pattern.getPartType(messageStart) != MessagePattern.Part.Type.MSG_START) {
              messageStart++; // an explicit value sits between
            }
            int messageLimit = pattern.getLimitPartIndex(messageStart);
            branches.put(
                selector,
                message.substring(
                    pattern.getPart(messageStart).getLimit(),
                    pattern.getPart(messageLimit).getIndex()));
            j = messageLimit;
          }
        }
        return Optional.of(
            new IcuPlural(
                message.substring(0, part.getIndex()),
                branches,
                message.substring(pattern.getPart(limit).getLimit())));
      }
    }
    return Optional.empty();
  }

  /** Each category's text with the text around the argument included; explicit values left out. */
  public Map<String, String> categories() {
    Map<String, String> result = new LinkedHashMap<>();
    branches.forEach(
        (selector, text) -> {
          if (!selector.startsWith("=")) {
            result.put(selector, prefix + text + suffix);
          }
        });
    return result;
  }
}
