package dev.tolk.core.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The named character references of HTML 4 (and XML's), so that a mangled one is recognised. */
final class HtmlEntities {
  private static final Set<String> NAMES = load();

  private HtmlEntities() {}

  /** Whether {@code &...;} is a numeric reference or a name HTML knows. */
  static boolean known(String entity) {
    String body = entity.substring(1, entity.length() - 1);
    return body.startsWith("#") || body.equals("apos") || NAMES.contains(body);
  }

  private static Set<String> load() {
    try (InputStream in = HtmlEntities.class.getResourceAsStream("html-entities.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines()
          .filter(line -> !line.startsWith("#"))
          .flatMap(line -> Arrays.stream(line.trim().split("\\s+")))
          .filter(name -> !name.isEmpty())
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
