package dev.tolk.format.yaml;

import dev.tolk.core.message.Dialect;
import java.util.regex.Pattern;

/**
 * Rails' locale data below {@code date}, {@code time}, {@code number} and {@code support}: date
 * formats, separators and connectors that a Rails app needs in every language ({@code
 * l(Date.today)} raises without them). They are not prose, so each goes to the model with a note
 * saying what it is; date and time formats are strftime patterns.
 */
final class RailsLocaleData {
  private static final Pattern STRFTIME_PATH =
      Pattern.compile("/(date|time|datetime)/formats/[^/]+");
  private static final Pattern SEPARATOR = Pattern.compile("/number(/[^/]+)*/format/separator");
  private static final Pattern DELIMITER = Pattern.compile("/number(/[^/]+)*/format/delimiter");
  private static final Pattern NUMBER_FORMAT = Pattern.compile("/number(/[^/]+)*/format/format");
  private static final Pattern CONNECTOR =
      Pattern.compile("/support/array/(words|two_words|last_word)_connector");

  /** What a value is, for the model. */
  record Kind(String note, Dialect dialect) {}

  private RailsLocaleData() {}

  /** The kind of a path below the language key, or null for ordinary text. */
  static Kind of(String path) {
    if (STRFTIME_PATH.matcher(path).matches()) {
      return new Kind(
          "A strftime date or time format for Rails' I18n.l, not text: answer the format this"
              + " language uses, with strftime directives only (%d %e %m %b %B %Y %H %M ...)",
          Dialect.STRFTIME);
    }
    if (SEPARATOR.matcher(path).matches()) {
      return new Kind(
          "The decimal separator of numbers in this language (for example \".\" or \",\")",
          Dialect.AUTO);
    }
    if (DELIMITER.matcher(path).matches()) {
      return new Kind(
          "The separator between groups of thousands in numbers in this language (for example"
              + " \",\", \".\" or a space)",
          Dialect.AUTO);
    }
    if (NUMBER_FORMAT.matcher(path).matches()) {
      return new Kind(
          "Where the unit (%u) goes relative to the number (%n) in this language, with the"
              + " spacing it uses",
          Dialect.AUTO);
    }
    if (CONNECTOR.matcher(path).matches()) {
      return new Kind(
          "What joins the items of a list in this language (Rails' to_sentence), spaces included",
          Dialect.AUTO);
    }
    return null;
  }
}
