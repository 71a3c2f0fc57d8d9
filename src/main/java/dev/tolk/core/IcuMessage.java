package dev.tolk.core;

import com.ibm.icu.text.MessagePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * An ICU MessageFormat string, parsed by ICU4J: its arguments and which parts of it are literal
 * text. Texts that are not valid ICU (or have no arguments) are not ICU messages for tolk's
 * purposes.
 */
public final class IcuMessage {
  private final MessagePattern pattern;

  private IcuMessage(MessagePattern pattern) {
    this.pattern = pattern;
  }

  /** The message, if the text parses as ICU MessageFormat and has at least one argument. */
  public static Optional<IcuMessage> parse(String text) {
    if (text.indexOf('{') < 0) {
      return Optional.empty();
    }
    MessagePattern pattern = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
    try {
      pattern.parse(text);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
    for (int i = 0; i < pattern.countParts(); i++) {
      if (pattern.getPartType(i) == MessagePattern.Part.Type.ARG_START) {
        return Optional.of(new IcuMessage(pattern));
      }
    }
    return Optional.empty();
  }

  /** Whether the text is syntactically valid ICU (a message without arguments is valid too). */
  public static boolean isValid(String text) {
    try {
      new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL).parse(text);
      return true;
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return false;
    }
  }

  /**
   * The arguments as comparable tokens: {@code {name}} for simple ones, {@code {count,plural}} for
   * complex ones, including those nested in plural or select branches.
   */
  public TreeSet<String> argumentTokens() {
    TreeSet<String> tokens = new TreeSet<>();
    for (int i = 0; i < pattern.countParts(); i++) {
      MessagePattern.Part part = pattern.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_START) {
        MessagePattern.Part name = pattern.getPart(i + 1);
        String argName = pattern.getSubstring(name);
        MessagePattern.ArgType type = part.getArgType();
        tokens.add(
            type == MessagePattern.ArgType.NONE
                ? "{" + argName + "}"
                : "{" + argName + "," + typeName(type, i) + "}");
      }
    }
    return tokens;
  }

  private String typeName(MessagePattern.ArgType type, int argStart) {
    return switch (type) {
      case PLURAL -> "plural";
      case SELECTORDINAL -> "selectordinal";
      case SELECT -> "select";
      case CHOICE -> "choice";
      default -> pattern.getSubstring(pattern.getPart(argStart + 2)).trim();
    };
  }

  /** The plural or select keywords of the message's branches ({@code one}, {@code =0}, ...). */
  public List<String> selectors() {
    List<String> selectors = new ArrayList<>();
    for (int i = 0; i < pattern.countParts(); i++) {
      if (pattern.getPartType(i) == MessagePattern.Part.Type.ARG_SELECTOR) {
        selectors.add(pattern.getSubstring(pattern.getPart(i)));
      }
    }
    return selectors;
  }

  /**
   * The syntax spans of the message: everything that is not literal text. A gap between two parts
   * is literal text when it follows the start of a message, the end of a nested argument or a
   * {@code #}.
   */
  public List<Placeholder> syntaxSpans() {
    List<Placeholder> spans = new ArrayList<>();
    String text = pattern.getPatternString();
    int syntaxStart = -1;
    for (int i = 0; i < pattern.countParts(); i++) {
      MessagePattern.Part part = pattern.getPart(i);
      int start = part.getIndex();
      int end = part.getLimit();
      boolean textFollows = textFollows(part.getType(), i);
      if (syntaxStart < 0) {
        syntaxStart = start;
      }
      if (textFollows) {
        if (end > syntaxStart) {
          spans.add(
              new Placeholder(
                  Placeholder.Kind.ICU_SYNTAX, text.substring(syntaxStart, end), syntaxStart, end));
        }
        syntaxStart = -1;
      }
    }
    if (syntaxStart >= 0 && syntaxStart < text.length()) {
      spans.add(
          new Placeholder(
              Placeholder.Kind.ICU_SYNTAX,
              text.substring(syntaxStart),
              syntaxStart,
              text.length()));
    }
    return spans;
  }

  private boolean textFollows(MessagePattern.Part.Type type, int index) {
    return switch (type) {
      case MSG_START, REPLACE_NUMBER, SKIP_SYNTAX, INSERT_CHAR -> true;
      case ARG_LIMIT -> true;
      case MSG_LIMIT -> index == pattern.countParts() - 1;
      default -> false;
    };
  }
}
