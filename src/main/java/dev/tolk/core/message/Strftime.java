package dev.tolk.core.message;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a translated strftime pattern (a Rails date or time format): a language orders day, month
 * and year its own way, so the directives may change, but each must be one strftime knows.
 */
final class Strftime {
  private static final Pattern DIRECTIVE = Pattern.compile("%([-_0^#]*)(\\d*)(:{0,3})(.?)");
  private static final String CONVERSIONS = "aAbBcCdDeFgGhHIjklLmMnNpPrRsStTuUvVwWxXyYzZ%+";

  private Strftime() {}

  static List<String> problems(String pattern) {
    List<String> problems = new ArrayList<>();
    Matcher matcher = DIRECTIVE.matcher(pattern);
    while (matcher.find()) {
      String conversion = matcher.group(4);
      boolean colons = !matcher.group(3).isEmpty();
      if (conversion.isEmpty()
          || CONVERSIONS.indexOf(conversion.charAt(0)) < 0
          || (colons && !conversion.equals("z"))) {
        problems.add("'" + matcher.group() + "' is not a strftime directive");
      }
    }
    return problems;
  }
}
