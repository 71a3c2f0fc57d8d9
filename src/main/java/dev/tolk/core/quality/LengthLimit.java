package dev.tolk.core.quality;

import dev.tolk.core.message.MessageTree;
import dev.tolk.core.message.Placeholder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The longest a translation may be, in characters (code points), where the source says so. */
public final class LengthLimit {
  /** Android's convention in a string's comment: {@code <!-- Button label [CHAR LIMIT=16] -->}. */
  private static final Pattern IN_NOTE =
      Pattern.compile("\\[CHAR[ _-]?LIMIT\\s*=\\s*(\\d+)\\s*]", Pattern.CASE_INSENSITIVE);

  private LengthLimit() {}

  /** The limit a note declares, or null. */
  public static Integer inNote(String note) {
    if (note == null) {
      return null;
    }
    Matcher matcher = IN_NOTE.matcher(note);
    return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
  }

  /**
   * The problem of a translation over its limit, or null. What is measured is what a user sees:
   * markup tags count nothing, a placeholder or an entity one character, a plural or select its
   * longest branch.
   */
  static String problem(MessageTree translation, Integer limit) {
    if (limit == null) {
      return null;
    }
    int length = displayed(translation);
    return length > limit
        ? "too long: "
            + length
            + " characters where at most "
            + limit
            + " fit; shorten it (abbreviate, drop words) to "
            + limit
            + " or fewer"
        : null;
  }

  static int displayed(MessageTree tree) {
    int length = 0;
    for (MessageTree.Node node : tree.nodes()) {
      if (node instanceof MessageTree.Literal literal) {
        String text = literal.text();
        int at = 0;
        for (Placeholder placeholder : literal.placeholders()) {
          if (placeholder.start() < at) {
            continue;
          }
          length += text.codePointCount(at, placeholder.start());
          length += placeholder.kind() == Placeholder.Kind.TAG ? 0 : 1;
          at = placeholder.end();
        }
        length += text.codePointCount(at, text.length());
      } else if (node instanceof MessageTree.Argument) {
        length += 1;
      } else if (node instanceof MessageTree.Choice choice) {
        length +=
            choice.branches().values().stream().mapToInt(LengthLimit::displayed).max().orElse(0);
      }
    }
    return length;
  }
}
