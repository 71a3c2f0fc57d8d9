package dev.tolk.format.po;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A gettext Plural-Forms header derived from the CLDR plural rules of a language (via ICU4J): one
 * form per category that some whole number falls in, in CLDR order, and the C expression that picks
 * it. For whole numbers the CLDR operands i and n are the number and v, w, f, t, e, c are 0, which
 * turns each rule into C: {@code v = 0 and i % 10 = 2..4} becomes {@code (n % 10 >= 2 && n % 10 <=
 * 4)}.
 */
final class CldrPluralForms {
  private static final List<String> ORDER = List.of("zero", "one", "two", "few", "many", "other");

  private CldrPluralForms() {}

  static PluralForms of(String language) {
    PluralRules rules = PluralRules.forLocale(ULocale.forLanguageTag(language.replace('_', '-')));
    Set<String> used = new LinkedHashSet<>();
    for (int n = 0; n < 1000; n++) {
      used.add(rules.select(n));
    }
    List<String> categories = new ArrayList<>();
    for (String category : ORDER) {
      if (used.contains(category)) {
        categories.add(category);
      }
    }
    if (categories.size() == 1) {
      return new PluralForms(1, "0");
    }
    StringBuilder expression = new StringBuilder();
    for (int form = 0; form < categories.size() - 1; form++) {
      expression
          .append(condition(rules.getRules(categories.get(form))))
          .append(" ? ")
          .append(form)
          .append(" : ");
    }
    expression.append(categories.size() - 1);
    return new PluralForms(categories.size(), expression.toString());
  }

  /** A CLDR condition ("a and b or c") as C, for whole numbers. */
  static String condition(String rule) {
    List<String> alternatives = new ArrayList<>();
    for (String alternative : rule.split("\\s+or\\s+")) {
      List<String> parts = new ArrayList<>();
      boolean impossible = false;
      for (String relation : alternative.split("\\s+and\\s+")) {
        String c = relation(relation.strip());
        if (c.equals("0")) {
          impossible = true;
        } else if (!c.equals("1")) {
          parts.add(c);
        }
      }
      if (!impossible) {
        alternatives.add(parts.isEmpty() ? "1" : String.join(" && ", parts));
      }
    }
    if (alternatives.isEmpty()) {
      return "0";
    }
    return alternatives.contains("1") ? "1" : "(" + String.join(" || ", alternatives) + ")";
  }

  /** One relation: {@code x [% m] (=|!=) list}, where the list holds numbers and ranges. */
  private static String relation(String relation) {
    boolean negated = relation.contains("!=");
    String[] sides = relation.split(negated ? "!=" : "=", 2);
    String[] operand = sides[0].strip().split("\\s*%\\s*");
    boolean constant = !operand[0].equals("n") && !operand[0].equals("i");
    String x = constant ? "0" : "n" + (operand.length > 1 ? " % " + operand[1] : "");
    List<String> tests = new ArrayList<>();
    boolean constantHolds = false;
    for (String item : sides[1].strip().split("\\s*,\\s*")) {
      String[] range = item.split("\\.\\.");
      long low = Long.parseLong(range[0].strip());
      long high = range.length > 1 ? Long.parseLong(range[1].strip()) : low;
      if (constant) {
        constantHolds |= low <= 0 && 0 <= high;
      } else {
        tests.add(low == high ? x + " == " + low : x + " >= " + low + " && " + x + " <= " + high);
      }
    }
    if (constant) {
      return constantHolds != negated ? "1" : "0";
    }
    String any =
        tests.size() == 1 && !tests.get(0).contains("&&")
            ? tests.get(0)
            : "("
                + String.join(
                    " || ", tests.stream().map(t -> t.contains("&&") ? "(" + t + ")" : t).toList())
                + ")";
    return negated ? "!" + (any.startsWith("(") ? any : "(" + any + ")") : any;
  }
}
