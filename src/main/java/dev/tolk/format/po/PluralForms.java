package dev.tolk.format.po;

/**
 * A gettext {@code Plural-Forms} header: how many forms, and the C expression that picks the form
 * for a number, evaluated here. New targets get the standard forms of their language (GNU gettext
 * manual).
 */
record PluralForms(int count, String expression) {
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

  /** The forms of a language, derived from its CLDR plural rules. */
  static PluralForms standard(String language) {
    if (language == null || language.isBlank()) {
      return null;
    }
    return CldrPluralForms.of(language);
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
