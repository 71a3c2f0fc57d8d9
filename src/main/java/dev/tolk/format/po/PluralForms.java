package dev.tolk.format.po;

import java.util.Map;

/**
 * A gettext {@code Plural-Forms} header: how many forms, and the C expression that picks the form
 * for a number, evaluated here. New targets get the standard forms of their language (GNU gettext
 * manual).
 */
record PluralForms(int count, String expression) {
  private static final String ONE_FORM = "nplurals=1; plural=0;";
  private static final String TWO_FORMS = "nplurals=2; plural=(n != 1);";
  private static final String FRENCH = "nplurals=2; plural=(n > 1);";
  private static final String SLAVIC =
      "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);";
  private static final Map<String, String> STANDARD =
      Map.ofEntries(
          Map.entry("ja", ONE_FORM),
          Map.entry("zh", ONE_FORM),
          Map.entry("ko", ONE_FORM),
          Map.entry("vi", ONE_FORM),
          Map.entry("th", ONE_FORM),
          Map.entry("id", ONE_FORM),
          Map.entry("ms", ONE_FORM),
          Map.entry("tr", TWO_FORMS),
          Map.entry("en", TWO_FORMS),
          Map.entry("de", TWO_FORMS),
          Map.entry("nl", TWO_FORMS),
          Map.entry("sv", TWO_FORMS),
          Map.entry("da", TWO_FORMS),
          Map.entry("nb", TWO_FORMS),
          Map.entry("no", TWO_FORMS),
          Map.entry("it", TWO_FORMS),
          Map.entry("es", TWO_FORMS),
          Map.entry("pt", TWO_FORMS),
          Map.entry("el", TWO_FORMS),
          Map.entry("fi", TWO_FORMS),
          Map.entry("hu", TWO_FORMS),
          Map.entry("bg", TWO_FORMS),
          Map.entry("et", TWO_FORMS),
          Map.entry("he", TWO_FORMS),
          Map.entry("ca", TWO_FORMS),
          Map.entry("eo", TWO_FORMS),
          Map.entry("fr", FRENCH),
          Map.entry("pt-BR", FRENCH),
          Map.entry("pt_BR", FRENCH),
          Map.entry("ru", SLAVIC),
          Map.entry("uk", SLAVIC),
          Map.entry("be", SLAVIC),
          Map.entry("sr", SLAVIC),
          Map.entry("hr", SLAVIC),
          Map.entry("bs", SLAVIC),
          Map.entry(
              "pl",
              "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"),
          Map.entry("cs", "nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;"),
          Map.entry("sk", "nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;"),
          Map.entry(
              "lt",
              "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && (n%100<10 || n%100>=20) ? 1 : 2);"),
          Map.entry("lv", "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2);"),
          Map.entry(
              "ro", "nplurals=3; plural=(n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2);"),
          Map.entry(
              "sl",
              "nplurals=4; plural=(n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3);"),
          Map.entry(
              "ga",
              "nplurals=5; plural=(n==1 ? 0 : n==2 ? 1 : n>=3 && n<=6 ? 2 : n>=7 && n<=10 ? 3 : 4);"),
          Map.entry(
              "ar",
              "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);"));

  /** The header value, or null when it is absent or a template's placeholder. */
  static PluralForms parse(String header) {
    if (header == null || header.contains("INTEGER") || header.isBlank()) {
      return null;
    }
    java.util.regex.Matcher count =
        java.util.regex.Pattern.compile("nplurals\\s*=\\s*(\\d+)").matcher(header);
    java.util.regex.Matcher plural =
        java.util.regex.Pattern.compile("plural\\s*=\\s*([^;]+)").matcher(header);
    if (!count.find() || !plural.find()) {
      throw new IllegalArgumentException("expected nplurals=N; plural=EXPRESSION;");
    }
    PluralForms forms = new PluralForms(Integer.parseInt(count.group(1)), plural.group(1).trim());
    for (int n = 0; n < 200; n++) {
      int form = forms.formFor(n);
      if (form < 0 || form >= forms.count()) {
        throw new IllegalArgumentException(
            "plural="
                + forms.expression()
                + " gives form "
                + form
                + " for n="
                + n
                + ", outside 0.."
                + (forms.count() - 1));
      }
    }
    return forms;
  }

  /** The standard forms of a language, or null when tolk does not know them. */
  static PluralForms standard(String language) {
    String header = STANDARD.getOrDefault(language, STANDARD.get(language.split("[-_]")[0]));
    return header == null ? null : parse(header);
  }

  String header() {
    return "nplurals=" + count + "; plural=" + expression + ";";
  }

  int formFor(long n) {
    return (int) new Expression(expression, n).evaluate();
  }

  /**
   * A recursive-descent evaluator for gettext's C subset: ?:, ||, &&, comparisons, + - * / %, !.
   */
  private static final class Expression {
    private final String text;
    private final long n;
    private int position;

    Expression(String text, long n) {
      this.text = text.replaceAll("\\s+", "");
      this.n = n;
    }

    long evaluate() {
      long value = ternary();
      if (position != text.length()) {
        throw new IllegalArgumentException(
            "unexpected '" + text.substring(position) + "' in plural expression");
      }
      return value;
    }

    private long ternary() {
      long condition = or();
      if (take("?")) {
        long yes = ternary();
        expect(":");
        long no = ternary();
        return condition != 0 ? yes : no;
      }
      return condition;
    }

    private long or() {
      long value = and();
      while (take("||")) {
        long right = and();
        value = (value != 0 || right != 0) ? 1 : 0;
      }
      return value;
    }

    private long and() {
      long value = equality();
      while (take("&&")) {
        long right = equality();
        value = (value != 0 && right != 0) ? 1 : 0;
      }
      return value;
    }

    private long equality() {
      long value = relation();
      while (true) {
        if (take("==")) {
          value = value == relation() ? 1 : 0;
        } else if (take("!=")) {
          value = value != relation() ? 1 : 0;
        } else {
          return value;
        }
      }
    }

    private long relation() {
      long value = sum();
      while (true) {
        if (take("<=")) {
          value = value <= sum() ? 1 : 0;
        } else if (take(">=")) {
          value = value >= sum() ? 1 : 0;
        } else if (take("<")) {
          value = value < sum() ? 1 : 0;
        } else if (take(">")) {
          value = value > sum() ? 1 : 0;
        } else {
          return value;
        }
      }
    }

    private long sum() {
      long value = product();
      while (true) {
        if (take("+")) {
          value += product();
        } else if (take("-")) {
          value -= product();
        } else {
          return value;
        }
      }
    }

    private long product() {
      long value = unary();
      while (true) {
        if (take("*")) {
          value *= unary();
        } else if (take("/")) {
          long right = unary();
          value = right == 0 ? 0 : value / right;
        } else if (take("%")) {
          long right = unary();
          value = right == 0 ? 0 : value % right;
        } else {
          return value;
        }
      }
    }

    private long unary() {
      if (take("!")) {
        return unary() == 0 ? 1 : 0;
      }
      if (take("(")) {
        long value = ternary();
        expect(")");
        return value;
      }
      if (take("n")) {
        return n;
      }
      int start = position;
      while (position < text.length() && Character.isDigit(text.charAt(position))) {
        position++;
      }
      if (start == position) {
        throw new IllegalArgumentException(
            "unexpected '" + text.substring(position) + "' in plural expression");
      }
      return Long.parseLong(text.substring(start, position));
    }

    private boolean take(String token) {
      if (text.startsWith(token, position)) {
        if (token.equals("<") || token.equals(">") || token.equals("!")) {
          if (text.startsWith(token + "=", position)) {
            return false;
          }
        }
        position += token.length();
        return true;
      }
      return false;
    }

    private void expect(String token) {
      if (!take(token)) {
        throw new IllegalArgumentException("expected '" + token + "' in plural expression");
      }
    }
  }
}
