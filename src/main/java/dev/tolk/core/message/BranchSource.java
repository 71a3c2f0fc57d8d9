package dev.tolk.core.message;

import java.util.Map;

/**
 * Which source branch a target plural branch translates: the same selector, else {@code other}. A
 * source category of one number ("one" in English: 1) does not stand for a target category of many
 * numbers ("one" in Russian: 1, 21, 31, ...); the source's {@code other} does.
 */
public final class BranchSource {
  private BranchSource() {}

  /**
   * The source branch to translate a target branch from: the same category where the source has it
   * and it carries the same placeholders as the branch the translation is checked against (French
   * "one" from English "one": "# photo"), else that branch (Russian "one" from English "other" when
   * English "one" is "One photo", without the number).
   */
  public static String translateFrom(
      Map<String, String> branches,
      PluralKind kind,
      String selector,
      String sourceLanguage,
      String targetLanguage,
      Dialect dialect) {
    String reference = selectorFor(branches, kind, selector, sourceLanguage, targetLanguage);
    if (reference == null || !branches.containsKey(selector) || reference.equals(selector)) {
      return reference;
    }
    return signature(branches.get(selector), dialect)
            .equals(signature(branches.get(reference), dialect))
        ? selector
        : reference;
  }

  /** The placeholders, tags and arguments of a branch, in no particular order. */
  private static java.util.List<String> signature(String text, Dialect dialect) {
    java.util.List<String> tokens = new java.util.ArrayList<>();
    collect(new Message.Text(text, dialect).tree(), tokens);
    java.util.Collections.sort(tokens);
    return tokens;
  }

  private static void collect(MessageTree tree, java.util.List<String> tokens) {
    for (MessageTree.Node node : tree.nodes()) {
      if (node instanceof MessageTree.Literal literal) {
        literal.placeholders().forEach(p -> tokens.add(p.token()));
      } else if (node instanceof MessageTree.Argument argument) {
        tokens.add(argument.token());
      } else if (node instanceof MessageTree.Choice choice) {
        tokens.add(choice.token());
      }
    }
  }

  /**
   * The source branch a target branch is checked against.
   *
   * @param branches the source's branches by selector
   * @param kind null for a select
   * @return the source selector to translate from, or null when there is none
   */
  public static String selectorFor(
      Map<String, ?> branches,
      PluralKind kind,
      String selector,
      String sourceLanguage,
      String targetLanguage) {
    boolean hasOther = branches.containsKey("other");
    if (!branches.containsKey(selector)) {
      return kind == null && !selector.equals("other") ? null : hasOther ? "other" : null;
    }
    boolean narrower =
        kind != null
            && !selector.startsWith("=")
            && sourceLanguage != null
            && targetLanguage != null
            && CldrPlurals.singleValued(sourceLanguage, kind, selector, branches.keySet())
            && !CldrPlurals.singleValued(targetLanguage, kind, selector, branches.keySet());
    return narrower && hasOther ? "other" : selector;
  }
}
