package dev.tolk.core;

/**
 * A span of a text that must survive translation unchanged: a placeholder, a markup tag or a piece
 * of ICU syntax.
 *
 * @param token the normalized form compared between source and translation
 * @param start index of the first character in the text
 * @param end index after the last character
 */
public record Placeholder(Kind kind, String token, int start, int end) {
  public enum Kind {
    /** printf without a position ({@code %s}, {@code %d}): their order matters. */
    PRINTF_SEQUENTIAL,
    /** every other placeholder: {@code %1$s}, {@code {name}}, {@code {{name}}}, {@code ${x}}. */
    NAMED,
    TAG,
    /** ICU argument syntax; compared as a set of argument names and types. */
    ICU_SYNTAX
  }
}
