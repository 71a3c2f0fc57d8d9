package dev.tolk.core.message;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a source and a translation into trees of the same kind and compares them. */
public final class MessageCheck {
  private MessageCheck() {}

  public static List<String> problems(
      Message source, Message translation, String sourceLanguage, String targetLanguage) {
    List<String> problems = new ArrayList<>();
    if (translation == null || translation.isBlank()) {
      problems.add("the translation is empty");
      return problems;
    }
    if (translation instanceof Message.Plural plural) {
      plural
          .branches()
          .forEach(
              (selector, text) -> {
                if (text.isBlank()) {
                  problems.add("the '" + selector + "' form is empty");
                }
              });
      if (!problems.isEmpty()) {
        return problems;
      }
    }
    if (source.dialect() == Dialect.STRFTIME) {
      return Strftime.problems(translation.canonical());
    }
    MessageTree expected;
    MessageTree actual;
    Optional<MessageTree> sourceIcu =
        source instanceof Message.Text text ? text.icu() : Optional.empty();
    if (sourceIcu.isPresent() && translation instanceof Message.Text text) {
      expected = sourceIcu.get();
      Optional<MessageTree> parsed =
          IcuTree.parse(text.text(), source.dialect() == Dialect.ICU_LITERAL_APOSTROPHES);
      if (parsed.isEmpty()) {
        problems.add("the translation is not a valid ICU message (check braces and keywords)");
        return problems;
      }
      actual = parsed.get();
    } else if (source instanceof Message.Text text
        && translation instanceof Message.Text translated) {
      expected = source.tree();
      actual = MessageTree.literal(translated.text(), text.syntax());
    } else {
      expected = asPlural(source);
      actual = asPlural(translation);
    }
    return new MessageComparison(sourceLanguage, targetLanguage).compare(expected, actual);
  }

  /** A plain text where a plural is compared stands for the plural's "other" form. */
  private static MessageTree asPlural(Message message) {
    if (message instanceof Message.Plural) {
      return message.tree();
    }
    Map<String, MessageTree> other = new LinkedHashMap<>();
    other.put("other", message.tree());
    return new MessageTree(List.of(new MessageTree.Choice("count", PluralKind.CARDINAL, other)));
  }
}
