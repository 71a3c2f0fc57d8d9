package dev.tolk.anthropic.dto;

/** A text block of a system prompt, optionally marked as the end of a cacheable prefix. */
public record TextBlock(String type, String text, CacheControl cacheControl) {
  public static TextBlock cached(String text) {
    return new TextBlock("text", text, new CacheControl("ephemeral"));
  }

  public static TextBlock plain(String text) {
    return new TextBlock("text", text, null);
  }
}
