package dev.tolk.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks one translation against its source before it may reach a file: not empty, the same
 * placeholders (printf without positions in the same order), the same markup tags, and for ICU
 * messages the same arguments and a valid message.
 */
public final class Validator {
  private final PlaceholderScanner scanner = new PlaceholderScanner();

  /** As {@link #check(String, String)}, plus the target language's plural categories. */
  public List<String> check(String source, String translation, String language) {
    List<String> problems = check(source, translation);
    if (problems.isEmpty() && IcuMessage.parse(source).isPresent()) {
      problems.addAll(PluralCategories.problems(translation, language));
    }
    return problems;
  }

  /** The problems found, each a short phrase for a report or a repair request; empty when valid. */
  public List<String> check(String source, String translation) {
    List<String> problems = new ArrayList<>();
    if (translation == null || translation.isBlank()) {
      problems.add("the translation is empty");
      return problems;
    }
    List<Placeholder> expected = scanner.scan(source);
    List<Placeholder> actual = scanner.scan(translation);

    compareCounts(problems, "placeholder", named(expected), named(actual));
    compareCounts(
        problems,
        "tag",
        ofKind(expected, Placeholder.Kind.TAG),
        ofKind(actual, Placeholder.Kind.TAG));
    List<String> expectedSequence = tokens(expected, Placeholder.Kind.PRINTF_SEQUENTIAL);
    List<String> actualSequence = tokens(actual, Placeholder.Kind.PRINTF_SEQUENTIAL);
    if (!expectedSequence.equals(actualSequence)) {
      problems.add(
          "printf placeholders must stay in this order: "
              + String.join(" ", expectedSequence)
              + " (found: "
              + (actualSequence.isEmpty() ? "none" : String.join(" ", actualSequence))
              + ")");
    }
    checkIcu(problems, source, translation);
    return problems;
  }

  private static void checkIcu(List<String> problems, String source, String translation) {
    Optional<IcuMessage> sourceMessage = IcuMessage.parse(source);
    if (sourceMessage.isEmpty()) {
      return;
    }
    if (!IcuMessage.isValid(translation)) {
      problems.add("the translation is not a valid ICU message (check braces and keywords)");
      return;
    }
    Optional<IcuMessage> translated = IcuMessage.parse(translation);
    var expected = sourceMessage.get().argumentTokens();
    var actual = translated.map(IcuMessage::argumentTokens).orElse(new java.util.TreeSet<>());
    for (String token : expected) {
      if (!actual.contains(token)) {
        problems.add("missing ICU argument " + token);
      }
    }
    for (String token : actual) {
      if (!expected.contains(token)) {
        problems.add(
            "unexpected ICU argument "
                + token
                + " (argument names and keywords stay as in the source)");
      }
    }
    if (sourceMessage.get().selectors().contains("other")
        && translated.isPresent()
        && !translated.get().selectors().contains("other")) {
      problems.add("plural and select arguments need an 'other' branch");
    }
  }

  private static void compareCounts(
      List<String> problems, String what, Map<String, Long> expected, Map<String, Long> actual) {
    for (var entry : expected.entrySet()) {
      long found = actual.getOrDefault(entry.getKey(), 0L);
      if (found < entry.getValue()) {
        problems.add("missing " + what + " " + entry.getKey() + times(entry.getValue(), found));
      }
    }
    for (var entry : actual.entrySet()) {
      long wanted = expected.getOrDefault(entry.getKey(), 0L);
      if (entry.getValue() > wanted) {
        problems.add("unexpected " + what + " " + entry.getKey() + times(wanted, entry.getValue()));
      }
    }
  }

  private static String times(long expected, long found) {
    return expected > 1 || found > 1 ? " (expected " + expected + ", found " + found + ")" : "";
  }

  private static Map<String, Long> named(List<Placeholder> placeholders) {
    return counts(
        placeholders.stream()
            .filter(p -> p.kind() == Placeholder.Kind.NAMED)
            .map(Placeholder::token)
            .toList());
  }

  private static Map<String, Long> ofKind(List<Placeholder> placeholders, Placeholder.Kind kind) {
    return counts(tokens(placeholders, kind));
  }

  private static List<String> tokens(List<Placeholder> placeholders, Placeholder.Kind kind) {
    return placeholders.stream().filter(p -> p.kind() == kind).map(Placeholder::token).toList();
  }

  private static Map<String, Long> counts(List<String> tokens) {
    return tokens.stream()
        .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
  }
}
