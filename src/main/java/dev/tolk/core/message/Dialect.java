package dev.tolk.core.message;

/**
 * The placeholder syntax of a message. A file format declares it (Android and Apple files are
 * printf, Flutter ARB is ICU with literal apostrophes), or the file says it per entry (gettext's
 * {@code #, c-format} and {@code #, python-brace-format} flags).
 */
public enum Dialect {
  /**
   * Not declared: a text that parses as ICU MessageFormat with arguments is ICU; any other text may
   * hold any of the common placeholders ({@code {name}}, {@code {{name}}}, {@code %s}, {@code
   * %(name)s}, {@code %{name}}, {@code ${name}}, {@code %name%}).
   */
  AUTO,
  /** ICU MessageFormat, where an apostrophe before a brace quotes it (ICU, FormatJS). */
  ICU,
  /** ICU MessageFormat where every apostrophe is literal (Flutter without use-escaping). */
  ICU_LITERAL_APOSTROPHES,
  /** C, Java, Android and Apple format strings: {@code %s %d %1$s %@ %lld %#@name@ %%}. */
  PRINTF,
  /** Python's %-formatting: {@code %(name)s} and printf. */
  PYTHON_PERCENT,
  /** Python's str.format: {@code {name} {0} {name!r:>10}}; {@code {{ }}} are literal braces. */
  PYTHON_BRACE,
  /** A strftime date or time format (Rails): any valid directives, in the language's order. */
  STRFTIME;

  /** Whether texts of this dialect are parsed as ICU MessageFormat when they can be. */
  public boolean icu() {
    return this == AUTO || this == ICU || this == ICU_LITERAL_APOSTROPHES;
  }
}
