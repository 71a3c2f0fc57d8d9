package dev.tolk.provider;

import dev.tolk.core.Answer;
import dev.tolk.core.Chunk;
import dev.tolk.core.ChunkItem;
import dev.tolk.core.ChunkReply;
import dev.tolk.core.ChunkTranslator;
import dev.tolk.core.RepairRequest;
import dev.tolk.core.Usage;
import dev.tolk.core.message.BranchSource;
import dev.tolk.core.message.CldrPlurals;
import dev.tolk.core.message.Dialect;
import dev.tolk.core.message.Message;
import dev.tolk.core.message.MessageTree;
import dev.tolk.core.message.Placeholder;
import dev.tolk.core.message.PluralExpansion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Offline pseudo-localization, the standard i18n test locale: letters accented, the text bracketed,
 * placeholders, tags, entities and ICU syntax kept exactly, plurals given the target language's
 * categories. Deterministic, free, and it shows at a glance which strings of a UI are not
 * localized.
 */
public final class PseudoTranslator implements ChunkTranslator {
  private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String ACCENTED = "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";

  @Override
  public ChunkReply translate(Chunk chunk, RepairRequest repair) {
    if (chunk.review()) { // a pseudo-localization has nothing to correct: every draft stands
      Set<String> approved = new LinkedHashSet<>();
      chunk.items().forEach(item -> approved.add(item.id()));
      return new ChunkReply.Answered(Map.of(), Usage.NONE, approved, Map.of());
    }
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (ChunkItem item : chunk.items()) {
      answers.put(
          item.id(), pseudo(item.message(), chunk.sourceLanguage(), chunk.targetLanguage()));
    }
    return new ChunkReply.Answered(answers, Usage.NONE);
  }

  /** The pseudo-localized message, in the target language's plural categories. */
  public Answer pseudo(Message message, String sourceLanguage, String targetLanguage) {
    if (message instanceof Message.Plural plural) {
      Map<String, String> forms = new LinkedHashMap<>();
      plural
          .branches()
          .forEach(
              (selector, text) -> {
                if (selector.startsWith("=")) {
                  forms.put(selector, pseudo(text, plural.dialect()));
                }
              });
      for (String category : CldrPlurals.required(targetLanguage, plural.kind())) {
        String from =
            BranchSource.translateFrom(
                plural.branches(),
                plural.kind(),
                category,
                sourceLanguage,
                targetLanguage,
                plural.dialect());
        if (from != null) {
          forms.put(category, pseudo(plural.branches().get(from), plural.dialect()));
        }
      }
      return new Answer.Forms(forms);
    }
    Message.Text text = (Message.Text) message;
    String expanded =
        text.icu().isPresent()
            ? PluralExpansion.forLanguage(
                text.text(),
                text.dialect() == Dialect.ICU_LITERAL_APOSTROPHES,
                sourceLanguage,
                targetLanguage)
            : text.text();
    return new Answer.Text(pseudo(expanded, text.dialect()));
  }

  /** A text of no declared dialect, pseudo-localized. */
  public String pseudo(String text) {
    return pseudo(text, Dialect.AUTO);
  }

  /** A text of one dialect, pseudo-localized (no plural categories changed). */
  public String pseudo(String text, Dialect dialect) {
    MessageTree tree = new Message.Text(text, dialect).tree();
    List<int[]> spans = new ArrayList<>(); // literal letters that may change: {start, end}
    collect(tree, spans);
    StringBuilder out = new StringBuilder(text.length() + 4);
    int leading = 0;
    while (leading < text.length() && Character.isWhitespace(text.charAt(leading))) {
      leading++;
    }
    int trailing = text.length();
    while (trailing > leading && Character.isWhitespace(text.charAt(trailing - 1))) {
      trailing--;
    }
    out.append(text, 0, leading).append('[');
    boolean[] changeable = new boolean[text.length()];
    for (int[] span : spans) {
      for (int i = span[0]; i < span[1]; i++) {
        changeable[i] = true;
      }
    }
    for (int i = leading; i < trailing; i++) {
      char c = text.charAt(i);
      int plain = PLAIN.indexOf(c);
      out.append(changeable[i] && plain >= 0 ? ACCENTED.charAt(plain) : c);
    }
    return out.append(']').append(text, trailing, text.length()).toString();
  }

  /** The parts of literal runs that are not placeholders, tags or entities. */
  private static void collect(MessageTree tree, List<int[]> spans) {
    for (MessageTree.Node node : tree.nodes()) {
      if (node instanceof MessageTree.Literal literal) {
        int at = literal.start();
        for (Placeholder placeholder : literal.placeholders()) {
          int start = literal.start() + placeholder.start();
          if (start > at) {
            spans.add(new int[] {at, start});
          }
          at = Math.max(at, literal.start() + placeholder.end());
        }
        if (literal.end() > at) {
          spans.add(new int[] {at, literal.end()});
        }
      } else if (node instanceof MessageTree.Choice choice) {
        choice.branches().values().forEach(branch -> collect(branch, spans));
      }
    }
  }
}
