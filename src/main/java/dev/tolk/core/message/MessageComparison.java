package dev.tolk.core.message;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares a translation's tree with its source's, level by level: the placeholders, tags, ICU
 * arguments and entities of the text around plural and select arguments, then each branch against
 * the source branch it translates (the same category, else the source's {@code other}). A branch
 * that stands for a single number (Polish "one", an explicit {@code =1}) may leave out placeholders
 * but never add any; any other branch keeps them all, and shows the number if its source does.
 */
final class MessageComparison {
  private final String sourceLanguage;
  private final String targetLanguage;
  private final List<String> problems = new ArrayList<>();

  /**
   * @param sourceLanguage null when unknown
   * @param targetLanguage null: plural categories are not checked
   */
  MessageComparison(String sourceLanguage, String targetLanguage) {
    this.sourceLanguage = sourceLanguage;
    this.targetLanguage = targetLanguage;
  }

  List<String> compare(MessageTree source, MessageTree target) {
    level(source, target, "", false, Set.of());
    return problems;
  }

  private void level(
      MessageTree source, MessageTree target, String where, boolean relaxed, Set<String> numbers) {
    TreeLevel expected = new TreeLevel(source, numbers);
    TreeLevel actual = new TreeLevel(target, numbers);
    String prefix = where.isEmpty() ? "" : where + ": ";
    new TokenComparison(prefix, relaxed, problems).compare(expected, actual);
    if (!where.isEmpty() && !relaxed && expected.number && !actual.number) {
      problems.add(prefix + "the number (#) is missing");
    }
    for (MessageTree.Choice choice : expected.choices.values()) {
      MessageTree.Choice translated = actual.choices.get(choice.name());
      if (translated == null || translated.kind() != choice.kind()) {
        problems.add(prefix + "missing ICU argument " + choice.token());
        continue;
      }
      choice(choice, translated, where, numbers);
    }
    for (MessageTree.Choice choice : actual.choices.values()) {
      MessageTree.Choice original = expected.choices.get(choice.name());
      if (original == null || original.kind() != choice.kind()) {
        problems.add(
            prefix
                + "unexpected ICU argument "
                + choice.token()
                + " (argument names and keywords stay as in the source)");
      }
    }
  }

  private void choice(
      MessageTree.Choice source, MessageTree.Choice target, String where, Set<String> numbers) {
    String prefix = where.isEmpty() ? "" : where + ": ";
    if (source.select()) {
      for (String selector : source.branches().keySet()) {
        if (!target.branches().containsKey(selector)) {
          problems.add(prefix + "select argument {" + source.name() + "} needs '" + selector + "'");
        }
      }
      for (String selector : target.branches().keySet()) {
        if (!source.branches().containsKey(selector)) {
          problems.add(
              prefix
                  + "select argument {"
                  + source.name()
                  + "} has '"
                  + selector
                  + "'"
                  + ", which the source does not");
        }
      }
    } else if (targetLanguage != null) {
      categories(prefix, source.name(), source.kind(), target.branches().keySet());
    }
    if (source.branches().containsKey("other") && !target.branches().containsKey("other")) {
      problems.add(prefix + "plural and select arguments need an 'other' branch");
    }
    Set<String> inner = new HashSet<>(numbers);
    inner.add(source.name());
    for (var branch : target.branches().entrySet()) {
      String selector = branch.getKey();
      MessageTree reference = reference(source, selector);
      if (reference == null) {
        continue;
      }
      boolean relaxed =
          selector.startsWith("=")
              || (!source.select()
                  && targetLanguage != null
                  && CldrPlurals.singleValued(
                      targetLanguage, source.kind(), selector, target.branches().keySet()));
      String label =
          (where.isEmpty() ? "" : where + " > ")
              + "'"
              + selector
              + "' "
              + (source.select() ? "branch" : "form");
      level(reference, branch.getValue(), label, relaxed, inner);
    }
  }

  /** The target language's categories: each required one present, none foreign. */
  private void categories(String prefix, String name, PluralKind kind, Set<String> present) {
    Set<String> known = CldrPlurals.categories(targetLanguage, kind);
    for (String category : CldrPlurals.required(targetLanguage, kind)) {
      if (!present.contains(category)
          && !CldrPlurals.coveredByExplicit(targetLanguage, kind, category, present)) {
        problems.add(
            prefix
                + "plural argument {"
                + name
                + "} needs the '"
                + category
                + "' category in "
                + targetLanguage);
      }
    }
    for (String selector : present) {
      if (!selector.startsWith("=") && !known.contains(selector)) {
        problems.add(
            prefix
                + "plural argument {"
                + name
                + "} has '"
                + selector
                + "', not a category of "
                + targetLanguage);
      }
    }
  }

  private MessageTree reference(MessageTree.Choice source, String selector) {
    String from =
        BranchSource.selectorFor(
            source.branches(), source.kind(), selector, sourceLanguage, targetLanguage);
    return from == null ? null : source.branches().get(from);
  }
}
