package dev.tolk.format.po;

import dev.tolk.core.message.Dialect;
import java.util.Set;

/** The placeholder dialect a gettext entry's flags declare ({@code #, c-format}). */
final class PoFlags {
  private static final Set<String> PRINTF =
      Set.of(
          "c-format",
          "objc-format",
          "php-format",
          "gcc-internal-format",
          "gfc-internal-format",
          "java-printf-format",
          "javascript-format",
          "perl-format",
          "awk-format",
          "boost-format");

  private PoFlags() {}

  static Dialect dialect(Set<String> flags) {
    for (String flag : flags) {
      if (PRINTF.contains(flag)) {
        return Dialect.PRINTF;
      }
      if (flag.equals("python-format")) {
        return Dialect.PYTHON_PERCENT;
      }
      if (flag.equals("python-brace-format")) {
        return Dialect.PYTHON_BRACE;
      }
    }
    return Dialect.AUTO;
  }
}
