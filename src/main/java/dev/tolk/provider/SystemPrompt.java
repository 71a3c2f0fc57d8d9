package dev.tolk.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The instructions sent as the system prompt: the same for every chunk of a language pair, so that
 * prompt caching serves them after the first request.
 */
public final class SystemPrompt {
  private final String template;

  public SystemPrompt() {
    try (InputStream in = SystemPrompt.class.getResourceAsStream("system-prompt.txt")) {
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new UncheckedIOException(
          new IOException("system-prompt.txt is missing from the jar", e));
    }
  }

  public String forLanguages(String source, String target) {
    return template
        .replace("{source_name}", displayName(source))
        .replace("{source_code}", source)
        .replace("{target_name}", displayName(target))
        .replace("{target_code}", target);
  }

  /** A fingerprint of the instructions, so that a changed prompt can be detected later. */
  public String fingerprint() {
    return Integer.toHexString(template.hashCode());
  }

  private static String displayName(String code) {
    String name = Locale.forLanguageTag(code.replace('_', '-')).getDisplayName(Locale.ENGLISH);
    return name.isBlank() ? code : name;
  }
}
