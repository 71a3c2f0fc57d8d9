package dev.tolk.core.message;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares a translation's tree with its source's, level by level: the placeholders, tags, ICU
 * arguments and entities of the text around plural and select arguments, then each branch against
 * the source branch it translates (the same category, else the source's {@code other}). A branch
 * that stands for a single number (Polish "one", an explicit {@code =1}) may leave out placeholders
 * but never add any; any other branch keeps them all, and shows the number if its source does.
 */
final class MessageComparison {
  /** Entities that carry markup or spacing; other named entities are typography. */
  private static final Set<String> STRUCTURAL_ENTITIES =
      Set.of("&lt;", "&gt;", "&amp;", "&quot;", "&apos;", "&nbsp;");

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

  /** What one level of a tree holds, branches of its choices not included. */
  private static final class Level {
    final List<String> sequence = new ArrayList<>();
    final Map<String, Long> named = new TreeMap<>();
    final Map<String, Long> tags = new TreeMap<>();
    final Map<String, Long> entities = new TreeMap<>();
    final Map<String, Long> arguments = new TreeMap<>();
    final Map<String, MessageTree.Choice> choices = new LinkedHashMap<>();
    boolean number;

    Level(MessageTree tree, Set<String> numberNames) {
      for (MessageTree.Node node : tree.nodes()) {
        if (node instanceof MessageTree.Literal literal) {
          for (Placeholder placeholder : literal.placeholders()) {
            switch (placeholder.kind()) {
              case PRINTF_SEQUENTIAL -> sequence.add(placeholder.token());
              case NAMED -> count(named, placeholder.token());
              case TAG -> count(tags, placeholder.token());
              case ENTITY -> count(entities, placeholder.token());
            }
          }
        } else if (node instanceof MessageTree.Argument argument) {
          if (argument.name().equals("#") || numberNames.contains(argument.name())) {
            number = true;
          } else {
            count(arguments, argument.token());
          }
        } else if (node instanceof MessageTree.Choice choice) {
          choices.putIfAbsent(choice.name(), choice);
        }
      }
    }
  }

  private void level(
      MessageTree source, MessageTree target, String where, boolean relaxed, Set<String> numbers) {
    Level expected = new Level(source, numbers);
    Level actual = new Level(target, numbers);
    String prefix = where.isEmpty() ? "" : where + ": ";
    counts(prefix, "placeholder", expected.named, actual.named, relaxed, "");
    counts(prefix, "tag", expected.tags, actual.tags, relaxed, "");
    sequence(prefix, expected.sequence, actual.sequence, relaxed);
    counts(
        prefix,
        "ICU argument",
        expected.arguments,
        actual.arguments,
        relaxed,
        " (argument names and keywords stay as in the source)");
    entities(prefix, expected.entities, actual.entities, relaxed);
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

  private void counts(
      String prefix,
      String what,
      Map<String, Long> expected,
      Map<String, Long> actual,
      boolean relaxed,
      String unexpectedHint) {
    for (var entry : expected.entrySet()) {
      long found = actual.getOrDefault(entry.getKey(), 0L);
      if (found < entry.getValue() && !relaxed) {
        problems.add(
            prefix + "missing " + what + " " + entry.getKey() + times(entry.getValue(), found));
      }
    }
    for (var entry : actual.entrySet()) {
      long wanted = expected.getOrDefault(entry.getKey(), 0L);
      if (entry.getValue() > wanted) {
        problems.add(
            prefix
                + "unexpected "
                + what
                + " "
                + entry.getKey()
                + times(wanted, entry.getValue())
                + (wanted == 0 ? unexpectedHint : ""));
      }
    }
  }

  private void sequence(
      String prefix, List<String> expected, List<String> actual, boolean relaxed) {
    boolean ok =
        relaxed
            ? actual.size() <= expected.size() && expected.subList(0, actual.size()).equals(actual)
            : expected.equals(actual);
    if (!ok) {
      problems.add(
          prefix
              + "printf placeholders must stay in this order: "
              + (expected.isEmpty() ? "none" : String.join(" ", expected))
              + " (found: "
              + (actual.isEmpty() ? "none" : String.join(" ", actual))
              + ")");
    }
  }

  /**
   * Every entity of the translation must be one HTML knows (a mangled {@code &rsquo;} is not);
   * those that carry markup or spacing stay as many as in the source; typography may change.
   */
  private void entities(
      String prefix, Map<String, Long> expected, Map<String, Long> actual, boolean relaxed) {
    for (String entity : actual.keySet()) {
      if (!HtmlEntities.known(entity)) {
        problems.add(prefix + "unknown entity " + entity + " (keep entities exactly as written)");
      }
    }
    counts(prefix, "entity", structural(expected), structural(actual), relaxed, "");
  }

  private static Map<String, Long> structural(Map<String, Long> entities) {
    Map<String, Long> kept = new TreeMap<>();
    entities.forEach(
        (entity, count) -> {
          if (STRUCTURAL_ENTITIES.contains(entity) || entity.startsWith("&#")) {
            kept.put(entity, count);
          }
        });
    return kept;
  }

  private static String times(long expected, long found) {
    return expected > 1 || found > 1 ? " (expected " + expected + ", found " + found + ")" : "";
  }

  private static void count(Map<String, Long> counts, String token) {
    counts.merge(token, 1L, Long::sum);
  }
}
