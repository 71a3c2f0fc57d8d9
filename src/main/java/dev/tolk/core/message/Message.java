package dev.tolk.core.message;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A translatable message: a text with placeholders of one dialect (which may itself be an ICU
 * message with plural branches inside), or a plural whose branches the file stores apart (gettext
 * {@code msgstr[n]}, Android {@code <item quantity>}, String Catalog variations, Rails {@code
 * one:}/{@code other:} and i18next {@code _one}/{@code _other} keys).
 */
public sealed interface Message {
  Dialect dialect();

  /**
   * The message as one stable text: the text itself, or the branches in CLDR order as an ICU
   * plural. Two messages that read the same have the same canonical text (tolk.lock hashes it).
   */
  String canonical();

  boolean isBlank();

  /** The message as a tree of literal runs and plural or select arguments. */
  MessageTree tree();

  static Message text(String text) {
    return new Text(text, Dialect.AUTO);
  }

  /** A text of one dialect. */
  record Text(String text, Dialect dialect) implements Message {
    @Override
    public String canonical() {
      return text;
    }

    @Override
    public boolean isBlank() {
      return text.isBlank();
    }

    @Override
    public MessageTree tree() {
      return icu().orElseGet(() -> MessageTree.literal(text, syntax()));
    }

    /** How the placeholders of this text are found when it is not taken apart as ICU. */
    public PlaceholderScanner.Syntax syntax() {
      return switch (dialect) {
        case AUTO, ICU, ICU_LITERAL_APOSTROPHES -> PlaceholderScanner.Syntax.GENERIC;
        case PRINTF -> PlaceholderScanner.Syntax.PRINTF;
        case PYTHON_PERCENT -> PlaceholderScanner.Syntax.PYTHON_PERCENT;
        case PYTHON_BRACE -> PlaceholderScanner.Syntax.PYTHON_BRACE;
        case STRFTIME -> PlaceholderScanner.Syntax.STRFTIME;
      };
    }

    /**
     * Without a declared dialect, braces after {@code %} or {@code $} and doubled braces belong to
     * Rails, JavaScript templates and i18next, not to ICU.
     */
    private static boolean mayBeIcu(String text) {
      String outsideTags = PlaceholderScanner.maskTags(text);
      return outsideTags.indexOf('{') >= 0
          && !outsideTags.contains("%{")
          && !outsideTags.contains("${")
          && !outsideTags.contains("{{");
    }

    /** The ICU tree, when the dialect is ICU and the text is a valid ICU message with arguments. */
    public Optional<MessageTree> icu() {
      if (!dialect.icu() || (dialect == Dialect.AUTO && !mayBeIcu(text))) {
        return Optional.empty();
      }
      Optional<MessageTree> tree = IcuTree.parse(text, dialect == Dialect.ICU_LITERAL_APOSTROPHES);
      return dialect == Dialect.AUTO ? tree.filter(IcuTree::hasArguments) : tree;
    }
  }

  /**
   * A plural whose branches are stored apart: one text per CLDR category or explicit value ({@code
   * =0}), kept in tolk's order (explicit values, then zero, one, two, few, many, other).
   */
  record Plural(PluralKind kind, Map<String, String> branches, Dialect dialect) implements Message {
    public Plural {
      Map<String, String> sorted = new LinkedHashMap<>();
      branches.entrySet().stream()
          .sorted(Comparator.comparingInt(e -> CldrPlurals.order(e.getKey())))
          .forEach(e -> sorted.put(e.getKey(), e.getValue()));
      branches = java.util.Collections.unmodifiableMap(sorted);
    }

    public static Plural of(Map<String, String> branches, Dialect dialect) {
      return new Plural(PluralKind.CARDINAL, branches, dialect);
    }

    public String other() {
      return branches.get("other");
    }

    @Override
    public String canonical() {
      StringBuilder out =
          new StringBuilder("{count, ")
              .append(kind == PluralKind.ORDINAL ? "selectordinal" : "plural")
              .append(',');
      branches.forEach(
          (selector, text) ->
              out.append(' ').append(selector).append(" {").append(text).append('}'));
      return out.append('}').toString();
    }

    @Override
    public boolean isBlank() {
      return branches.isEmpty() || branches.values().stream().allMatch(String::isBlank);
    }

    @Override
    public MessageTree tree() {
      Map<String, MessageTree> trees = new LinkedHashMap<>();
      branches.forEach((selector, text) -> trees.put(selector, branchTree(text)));
      return new MessageTree(java.util.List.of(new MessageTree.Choice("count", kind, trees)));
    }

    private MessageTree branchTree(String text) {
      return new Text(text, dialect).tree();
    }

    /** The same plural with other branches. */
    public Plural withBranches(Map<String, String> branches) {
      return new Plural(kind, branches, dialect);
    }
  }
}
