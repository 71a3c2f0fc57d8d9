package dev.tolk.core.message;

/**
 * A span of a text that must survive translation unchanged: a placeholder, a markup tag or an
 * entity.
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
    /** a markup tag: {@code <b>}, {@code </b>}, {@code <br/>}, {@code <0>}. */
    TAG,
    /** an HTML or XML character reference: {@code &lt;}, {@code &rsquo;}, {@code &#160;}. */
    ENTITY
  }
}
