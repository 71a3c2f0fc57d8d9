package dev.tolk.core.quality;

import dev.tolk.core.message.Message;
import dev.tolk.core.message.MessageTree;
import dev.tolk.core.message.Placeholder;

/**
 * The words of a message that a translation turns into another language: its literal text, every
 * branch of its plurals and selects, without placeholders, tags, entities or ICU syntax.
 */
final class Prose {
  private Prose() {}

  static String of(Message message) {
    StringBuilder prose = new StringBuilder();
    append(message.tree(), prose);
    return prose.toString().replaceAll("https?://\\S+", " ");
  }

  private static void append(MessageTree tree, StringBuilder prose) {
    for (MessageTree.Node node : tree.nodes()) {
      if (node instanceof MessageTree.Literal literal) {
        String text = literal.text();
        int at = 0;
        for (Placeholder placeholder : literal.placeholders()) {
          if (placeholder.start() >= at) {
            prose.append(text, at, placeholder.start()).append(' ');
            at = placeholder.end();
          }
        }
        prose.append(text, at, text.length()).append(' ');
      } else if (node instanceof MessageTree.Choice choice) {
        choice.branches().values().forEach(branch -> append(branch, prose));
      }
    }
  }
}
