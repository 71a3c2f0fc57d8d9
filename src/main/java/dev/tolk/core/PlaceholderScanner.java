package dev.tolk.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the placeholders and markup of a text: {@code {name}}, {@code {{name}}}, printf ({@code
 * %s}, {@code %1$s}, {@code %@}, {@code %lld}), {@code %(name)s}, {@code ${name}}, {@code %{name}},
 * Symfony's {@code %name%}, HTML/XML tags, and ICU arguments (parsed by ICU4J).
 */
public final class PlaceholderScanner {
  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          String.join(
              "|",
              "(?<double>\\{\\{[^{}]+\\}\\})",
              "(?<dollar>\\$\\{[^{}]+\\})",
              "(?<ruby>%\\{[A-Za-z0-9_.]+\\})",
              "(?<python>%\\([^)]+\\)[-#0+]*\\d*(?:\\.\\d+)?[diouxXeEfFgGcrsa])",
              "(?<symfony>%[A-Za-z_][A-Za-z0-9_.]*%)",
              "(?<percent>%%)",
              "(?<printf>%(?<pos>\\d+\\$)?[-#0+]*(?:\\d+|\\*)?(?:\\.(?:\\d+|\\*))?"
                  + "(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGaAcsp@])",
              "(?<brace>\\{\\s*[A-Za-z0-9_]+\\s*(?:,[^{}]*)?\\})"));

  private static final Pattern TAG =
      Pattern.compile(
          "</?[0-9]+\\s*/?>"
              + "|</?[A-Za-z][A-Za-z0-9:_.-]*"
              + "(?:\\s+[A-Za-z_:][-A-Za-z0-9_:.]*(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'<>]+))?)*"
              + "\\s*/?>");

  private static final Pattern TAG_NAME = Pattern.compile("^<(/?)([^\\s/>]+)[^>]*?(/?)>$");

  /** Placeholders, ICU syntax and tags of the text, sorted by position (they may overlap). */
  public List<Placeholder> scan(String text) {
    List<Placeholder> found = new ArrayList<>();
    Optional<IcuMessage> icu = IcuMessage.parse(text);
    icu.ifPresent(message -> found.addAll(message.syntaxSpans()));
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      if (matcher.group("brace") != null && icu.isPresent()) {
        continue; // the ICU parse already covers brace arguments
      }
      found.add(placeholder(matcher));
    }
    Matcher tags = TAG.matcher(text);
    while (tags.find()) {
      found.add(
          new Placeholder(
              Placeholder.Kind.TAG, normalizeTag(tags.group()), tags.start(), tags.end()));
    }
    found.sort(Comparator.comparingInt(Placeholder::start));
    return found;
  }

  private static Placeholder placeholder(Matcher matcher) {
    String raw = matcher.group();
    Placeholder.Kind kind =
        matcher.group("printf") != null && matcher.group("pos") == null
            ? Placeholder.Kind.PRINTF_SEQUENTIAL
            : Placeholder.Kind.NAMED;
    String token = raw.startsWith("{") ? raw.replaceAll("\\s+", "") : raw;
    return new Placeholder(kind, token, matcher.start(), matcher.end());
  }

  private static String normalizeTag(String tag) {
    Matcher matcher = TAG_NAME.matcher(tag);
    if (!matcher.matches()) {
      return tag;
    }
    return "<" + matcher.group(1) + matcher.group(2).toLowerCase() + matcher.group(3) + ">";
  }
}
