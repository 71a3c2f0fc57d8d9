package dev.tolk.core.message;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the placeholders, markup tags and entities of a literal text in one syntax. ICU arguments
 * are not found here: {@link IcuTree} takes ICU messages apart, and the literal runs between their
 * arguments are scanned with {@link Syntax#ICU_LITERAL}.
 */
public final class PlaceholderScanner {
  /** What counts as a placeholder in a run of literal text. */
  public enum Syntax {
    /** every common placeholder syntax (a text of no declared dialect that is not ICU) */
    GENERIC,
    /** the literal runs of an ICU message: what is not ICU syntax (printf, tags, entities) */
    ICU_LITERAL,
    PRINTF,
    PYTHON_PERCENT,
    PYTHON_BRACE,
    /** strftime directives ({@code %d}, {@code %-m}, {@code %:z}) */
    STRFTIME,
    /** nothing is a placeholder */
    NONE
  }

  private static final String PRINTF =
      "(?<printf>%(?<pos>\\d+\\$)?[-#0+']*(?:\\d+|\\*)?(?:\\.(?:\\d+|\\*))?"
          + "(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGaAcsSp@])";
  private static final String APPLE_SUBSTITUTION = "(?<apple>%#@[A-Za-z0-9_]+@)";
  private static final String PERCENT = "(?<percent>%%)";
  private static final String PYTHON_NAMED =
      "(?<python>%\\([^)]+\\)[-#0+ ]*\\d*(?:\\.\\d+)?[diouxXeEfFgGcrsa])";
  private static final String DOUBLE = "(?<double>\\{\\{[^{}]+\\}\\})";
  private static final String DOLLAR = "(?<dollar>\\$\\{[^{}]+\\})";
  private static final String RUBY =
      "(?<ruby>%\\{[A-Za-z0-9_.]+\\}|%<[A-Za-z0-9_]+>[-#0+ ]*\\d*" + "(?:\\.\\d+)?[diouxXeEfFgGs])";
  private static final String SYMFONY = "(?<symfony>%[A-Za-z_][A-Za-z0-9_.]*%)";
  private static final String BRACE =
      "(?<brace>\\{\\s*[A-Za-z0-9_][A-Za-z0-9_.\\-]*\\s*(?:,[^{}]*)?\\})";
  private static final String PYTHON_FIELD =
      "(?<field>\\{(?:[A-Za-z_][A-Za-z0-9_]*|\\d+)?(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[^\\]{}]*\\])*"
          + "(?:![rsa])?(?::[^{}]*)?\\})";
  private static final String BRACE_ESCAPE = "(?<escape>\\{\\{|\\}\\})";

  private static final Pattern GENERIC =
      Pattern.compile(
          String.join(
              "|",
              DOUBLE,
              DOLLAR,
              RUBY,
              PYTHON_NAMED,
              SYMFONY,
              PERCENT,
              APPLE_SUBSTITUTION,
              PRINTF,
              BRACE));
  private static final Pattern ICU_LITERAL =
      Pattern.compile(String.join("|", PYTHON_NAMED, PERCENT, APPLE_SUBSTITUTION, PRINTF));
  private static final Pattern PRINTF_ONLY =
      Pattern.compile(String.join("|", PERCENT, APPLE_SUBSTITUTION, PRINTF));
  private static final Pattern PYTHON_PERCENT =
      Pattern.compile(String.join("|", PYTHON_NAMED, PERCENT, PRINTF));
  private static final Pattern STRFTIME =
      Pattern.compile("(?<percent>%%)|(?<printf>%[-_0^#]*\\d*:{0,3}[A-Za-z+])");
  private static final Pattern PYTHON_BRACE =
      Pattern.compile(String.join("|", BRACE_ESCAPE, PYTHON_FIELD));

  private static final Pattern TAG =
      Pattern.compile(
          "</?[0-9]+\\s*/?>"
              + "|</?[A-Za-z][A-Za-z0-9:_.-]*"
              + "(?:\\s+[A-Za-z_:][-A-Za-z0-9_:.]*(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'<>]+))?)*"
              + "\\s*/?>");
  private static final Pattern TAG_NAME = Pattern.compile("^<(/?)([^\\s/>]+)[^>]*?(/?)>$");
  private static final Pattern ENTITY =
      Pattern.compile("&(?:\\p{L}[\\p{L}0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});");

  private PlaceholderScanner() {}

  /**
   * The text with every markup tag blanked out (each of its characters replaced by one of Unicode's
   * private use), so that an ICU parser takes tags as opaque literal text: Angular's {@code <x
   * equiv-text="{{ n }}"/>} inside a plural branch is not ICU syntax. Offsets are unchanged.
   */
  public static String maskTags(String text) {
    if (text.indexOf('<') < 0) {
      return text;
    }
    StringBuilder masked = new StringBuilder(text);
    Matcher tags = TAG.matcher(text);
    while (tags.find()) {
      for (int i = tags.start(); i < tags.end(); i++) {
        masked.setCharAt(i, '\uE000');
      }
    }
    return masked.toString();
  }

  /** Placeholders, tags and entities of a literal text, sorted by position. */
  public static List<Placeholder> scan(String text, Syntax syntax) {
    List<Placeholder> found = new ArrayList<>();
    Pattern pattern = pattern(syntax);
    if (pattern != null) {
      Matcher matcher = pattern.matcher(text);
      while (matcher.find()) {
        if (syntax == Syntax.PYTHON_BRACE && matcher.group("escape") != null) {
          continue; // {{ and }} are literal braces
        }
        found.add(placeholder(matcher, syntax));
      }
    }
    if (syntax != Syntax.NONE) {
      Matcher tags = TAG.matcher(text);
      while (tags.find()) {
        found.add(
            new Placeholder(
                Placeholder.Kind.TAG, normalizeTag(tags.group()), tags.start(), tags.end()));
      }
      Matcher entities = ENTITY.matcher(text);
      while (entities.find()) {
        if (!insideAny(found, entities.start())) {
          found.add(
              new Placeholder(
                  Placeholder.Kind.ENTITY, entities.group(), entities.start(), entities.end()));
        }
      }
    }
    found.sort(Comparator.comparingInt(Placeholder::start));
    return found;
  }

  private static Pattern pattern(Syntax syntax) {
    return switch (syntax) {
      case GENERIC -> GENERIC;
      case ICU_LITERAL -> ICU_LITERAL;
      case PRINTF -> PRINTF_ONLY;
      case PYTHON_PERCENT -> PYTHON_PERCENT;
      case PYTHON_BRACE -> PYTHON_BRACE;
      case STRFTIME -> STRFTIME;
      case NONE -> null;
    };
  }

  private static Placeholder placeholder(Matcher matcher, Syntax syntax) {
    String raw = matcher.group();
    boolean sequential =
        syntax != Syntax.PYTHON_BRACE
            && syntax != Syntax.STRFTIME
            && matcher.group("printf") != null
            && matcher.group("pos") == null;
    Placeholder.Kind kind =
        sequential ? Placeholder.Kind.PRINTF_SEQUENTIAL : Placeholder.Kind.NAMED;
    String token = raw.startsWith("{") ? raw.replaceAll("\\s+", "") : raw;
    return new Placeholder(kind, token, matcher.start(), matcher.end());
  }

  private static boolean insideAny(List<Placeholder> spans, int index) {
    for (Placeholder span : spans) {
      if (span.start() <= index && index < span.end()) {
        return true;
      }
    }
    return false;
  }

  private static String normalizeTag(String tag) {
    Matcher matcher = TAG_NAME.matcher(tag);
    if (!matcher.matches()) {
      return tag;
    }
    return "<" + matcher.group(1) + matcher.group(2).toLowerCase() + matcher.group(3) + ">";
  }
}
