package dev.tolk.core.message;

import com.ibm.icu.text.MessagePattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads ICU MessageFormat into a {@link MessageTree} with ICU4J's parser. Markup tags are opaque
 * text to it. With literal apostrophes (Flutter), every apostrophe is doubled before parsing and
 * offsets are mapped back, so the tree's offsets always point into the original text.
 */
public final class IcuTree {
  private final String text;
  private final MessagePattern pattern;
  private final int[] original; // index in the parsed text -> index in the original

  private IcuTree(String text, MessagePattern pattern, int[] original) {
    this.text = text;
    this.pattern = pattern;
    this.original = original;
  }

  /** The tree of a valid ICU message, or empty when the text is not valid ICU. */
  public static Optional<MessageTree> parse(String text, boolean literalApostrophes) {
    String parsed = literalApostrophes ? text.replace("'", "''") : text;
    int[] original = new int[parsed.length() + 1];
    for (int i = 0, j = 0; i <= text.length(); i++) {
      original[j++] = i;
      if (literalApostrophes && i < text.length() && text.charAt(i) == '\'') {
        original[j++] = i + 1;
      }
    }
    MessagePattern pattern = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
    try {
      pattern.parse(PlaceholderScanner.maskTags(parsed));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
    return Optional.of(new IcuTree(text, pattern, original).message(0));
  }

  /** Whether a valid ICU message has at least one argument (else it is plain text). */
  public static boolean hasArguments(MessageTree tree) {
    return tree.nodes().stream().anyMatch(node -> !(node instanceof MessageTree.Literal));
  }

  /** The message starting at part {@code start} (a MSG_START). */
  private MessageTree message(int start) {
    List<MessageTree.Node> nodes = new ArrayList<>();
    int limit = pattern.getLimitPartIndex(start);
    int textStart = pattern.getPart(start).getLimit();
    for (int i = start + 1; i < limit; i++) {
      MessagePattern.Part part = pattern.getPart(i);
      switch (part.getType()) {
        case REPLACE_NUMBER -> {
          literal(nodes, textStart, part.getIndex());
          nodes.add(new MessageTree.Argument("#", "#", at(part.getIndex()), at(part.getLimit())));
          textStart = part.getLimit();
        }
        case ARG_START -> {
          literal(nodes, textStart, part.getIndex());
          int argLimit = pattern.getLimitPartIndex(i);
          nodes.add(argument(i, argLimit));
          textStart = pattern.getPart(argLimit).getLimit();
          i = argLimit;
        }
        default -> {}
      }
    }
    literal(nodes, textStart, pattern.getPart(limit).getIndex());
    return new MessageTree(nodes);
  }

  private MessageTree.Node argument(int start, int limit) {
    MessagePattern.Part part = pattern.getPart(start);
    String name = pattern.getSubstring(pattern.getPart(start + 1));
    MessagePattern.ArgType type = part.getArgType();
    if (type == MessagePattern.ArgType.PLURAL
        || type == MessagePattern.ArgType.SELECTORDINAL
        || type == MessagePattern.ArgType.SELECT) {
      Map<String, MessageTree> branches = new LinkedHashMap<>();
      for (int i = start + 2; i < limit; i++) {
        if (pattern.getPartType(i) == MessagePattern.Part.Type.ARG_SELECTOR) {
          String selector = pattern.getSubstring(pattern.getPart(i));
          int message = i + 1;
          while (pattern.getPartType(message) != MessagePattern.Part.Type.MSG_START) {
            message++; // an explicit value sits between
          }
          branches.put(selector, message(message));
          i = pattern.getLimitPartIndex(message);
        }
      }
      PluralKind kind =
          type == MessagePattern.ArgType.SELECT
              ? null
              : type == MessagePattern.ArgType.SELECTORDINAL
                  ? PluralKind.ORDINAL
                  : PluralKind.CARDINAL;
      return new MessageTree.Choice(name, kind, branches);
    }
    String token =
        switch (type) {
          case NONE -> "{" + name + "}";
          case CHOICE -> "{" + name + ",choice}";
          default ->
              "{" + name + "," + pattern.getSubstring(pattern.getPart(start + 2)).trim() + "}";
        };
    return new MessageTree.Argument(
        name, token, at(part.getIndex()), at(pattern.getPart(limit).getLimit()));
  }

  private void literal(List<MessageTree.Node> nodes, int from, int to) {
    if (to > from) {
      int start = at(from);
      int end = at(to);
      nodes.add(
          new MessageTree.Literal(
              text.substring(start, end), start, end, PlaceholderScanner.Syntax.ICU_LITERAL));
    }
  }

  private int at(int parsedIndex) {
    return original[parsedIndex];
  }
}
