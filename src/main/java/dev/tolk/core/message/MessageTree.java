package dev.tolk.core.message;

import java.util.List;
import java.util.Map;

/**
 * A message taken apart: runs of literal text (whose placeholders depend on the dialect), ICU
 * arguments, and plural or select arguments whose branches are messages again. Offsets are indices
 * in the text the tree was read from (a structural plural's branches each have their own text).
 */
public record MessageTree(List<Node> nodes) {
  public MessageTree {
    nodes = List.copyOf(nodes);
  }

  public sealed interface Node {}

  /** Literal text, with the placeholders of its syntax in it. */
  public record Literal(String text, int start, int end, PlaceholderScanner.Syntax syntax)
      implements Node {
    public java.util.List<Placeholder> placeholders() {
      return PlaceholderScanner.scan(text, syntax);
    }
  }

  /**
   * An ICU argument: {@code {name}}, {@code {name, number}}, or the {@code #} of a plural branch
   * (name "#").
   *
   * @param token the form compared between source and translation, e.g. {@code {count,number}}
   */
  public record Argument(String name, String token, int start, int end) implements Node {}

  /**
   * A plural, selectordinal or select argument.
   *
   * @param kind null for a select (its selectors are the source's own values)
   * @param branches by selector ({@code one}, {@code =0}, {@code male}), in the text's order
   */
  public record Choice(String name, PluralKind kind, Map<String, MessageTree> branches)
      implements Node {
    public boolean select() {
      return kind == null;
    }

    public String token() {
      return "{"
          + name
          + ","
          + (kind == null ? "select" : kind == PluralKind.ORDINAL ? "selectordinal" : "plural")
          + "}";
    }
  }

  /** A tree of one literal text. */
  public static MessageTree literal(String text, PlaceholderScanner.Syntax syntax) {
    return new MessageTree(List.of(new Literal(text, 0, text.length(), syntax)));
  }
}
