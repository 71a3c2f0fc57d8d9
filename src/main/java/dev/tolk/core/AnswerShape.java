package dev.tolk.core;

import dev.tolk.core.message.BranchSource;
import dev.tolk.core.message.Message;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gives an answer the shape of its source: a text for a text, the forms of a plural for a plural,
 * in the source's dialect, with the leading and trailing whitespace of the source (branch by
 * branch) put back.
 */
final class AnswerShape {
  private AnswerShape() {}

  /** The answer as a message, or null with the problem named by {@link #problem}. */
  static Message of(Message source, Answer answer, String sourceLanguage, String targetLanguage) {
    if (source instanceof Message.Text text && answer instanceof Answer.Text translated) {
      return new Message.Text(
          EdgeWhitespace.restore(text.text(), translated.text()), source.dialect());
    }
    if (source instanceof Message.Plural plural && answer instanceof Answer.Forms forms) {
      Map<String, String> branches = new LinkedHashMap<>();
      forms
          .forms()
          .forEach(
              (selector, value) -> {
                String from =
                    BranchSource.selectorFor(
                        plural.branches(), plural.kind(), selector, sourceLanguage, targetLanguage);
                String original = from == null ? value : plural.branches().get(from);
                branches.put(selector, EdgeWhitespace.restore(original, value));
              });
      return plural.withBranches(branches);
    }
    return null;
  }

  /** Why an answer does not fit its source's shape. */
  static String problem(Message source) {
    return source instanceof Message.Plural
        ? "this item is a plural: answer an object of plural forms such as {\"one\": ..., \"other\": ...}"
        : "answer this item with a string";
  }
}
