package dev.tolk.support;

import com.ibm.icu.text.MessagePattern;
import dev.tolk.core.message.Dialect;
import dev.tolk.core.message.Message;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values for format tests written as text. For formats that store plural forms apart (gettext,
 * Android, String Catalogs, Rails, i18next), a string that is exactly one ICU plural argument
 * ({@code {count, plural, one {...} other {...}}}) stands for a plural message of those forms.
 */
public final class Messages {
  private Messages() {}

  /** Texts, as they are. */
  public static Map<String, Message> of(Map<String, String> texts) {
    Map<String, Message> messages = new LinkedHashMap<>();
    texts.forEach((key, text) -> messages.put(key, Message.text(text)));
    return messages;
  }

  /** Texts, and plural messages where a text is one ICU plural argument. */
  public static Map<String, Message> withPlurals(Map<String, String> texts) {
    Map<String, Message> messages = new LinkedHashMap<>();
    texts.forEach((key, text) -> messages.put(key, plural(text)));
    return messages;
  }

  public static Message plural(String text) {
    Map<String, String> forms = forms(text);
    return forms == null ? Message.text(text) : Message.Plural.of(forms, Dialect.AUTO);
  }

  /** A plural of forms given as selector, text, selector, text, .... */
  public static Message.Plural forms(String... selectorsAndTexts) {
    Map<String, String> forms = new LinkedHashMap<>();
    for (int i = 0; i < selectorsAndTexts.length; i += 2) {
      forms.put(selectorsAndTexts[i], selectorsAndTexts[i + 1]);
    }
    return Message.Plural.of(forms, Dialect.AUTO);
  }

  /** The forms of a text that is one plural argument and nothing else, or null. */
  public static Map<String, String> forms(String text) {
    if (!text.startsWith("{") || !text.endsWith("}")) {
      return null;
    }
    MessagePattern pattern = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
    try {
      pattern.parse(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
    MessagePattern.Part start = pattern.getPart(1);
    if (start.getType() != MessagePattern.Part.Type.ARG_START
        || start.getArgType() != MessagePattern.ArgType.PLURAL
        || pattern.getPart(pattern.getLimitPartIndex(1)).getLimit() != text.length()) {
      return null;
    }
    Map<String, String> forms = new LinkedHashMap<>();
    int limit = pattern.getLimitPartIndex(1);
    for (int i = 2; i < limit; i++) {
      if (pattern.getPartType(i) == MessagePattern.Part.Type.ARG_SELECTOR) {
        int message = i + 1;
        while (pattern.getPartType(message) != MessagePattern.Part.Type.MSG_START) {
          message++;
        }
        int end = pattern.getLimitPartIndex(message);
        forms.put(
            pattern.getSubstring(pattern.getPart(i)),
            text.substring(pattern.getPart(message).getLimit(), pattern.getPart(end).getIndex()));
        i = end;
      }
    }
    return forms;
  }
}
