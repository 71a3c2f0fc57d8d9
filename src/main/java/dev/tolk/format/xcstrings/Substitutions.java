package dev.tolk.format.xcstrings;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tolk.core.message.Dialect;
import dev.tolk.core.message.Message;
import dev.tolk.core.message.PluralKind;
import dev.tolk.format.KeyedPlurals;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A String Catalog localization whose text holds one substitution ({@code "%#@files@ left"} with
 * {@code substitutions.files.variations.plural}) reads as a plural of the whole text, so that a
 * person's translation made this way is compared form by form with its source: {@code %arg} in a
 * form stands for the substitution's argument, written with its format specifier ({@code %lld}).
 */
final class Substitutions {
  private static final Pattern TOKEN = Pattern.compile("%#@([A-Za-z0-9_]+)@");

  private Substitutions() {}

  /** The plural a text with one substitution stands for, or null. */
  static Message.Plural plural(String value, JsonNode substitutions, String language) {
    Matcher matcher = TOKEN.matcher(value);
    if (!substitutions.isObject() || !matcher.find()) {
      return null;
    }
    String name = matcher.group(1);
    String token = matcher.group();
    if (matcher.find()) {
      return null; // several substitutions: compared as a text with their tokens
    }
    JsonNode substitution = substitutions.path(name);
    JsonNode forms = substitution.path("variations").path("plural");
    if (!forms.isObject()) {
      return null;
    }
    String specifier = "%" + substitution.path("formatSpecifier").asText("lld");
    Map<String, String> branches = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = forms.fields();
    while (fields.hasNext()) {
      var form = fields.next();
      String text = form.getValue().path("stringUnit").path("value").asText("");
      branches.put(
          KeyedPlurals.selector(form.getKey(), language, PluralKind.CARDINAL),
          value.replace(token, text.replace("%arg", specifier)));
    }
    return branches.containsKey("other") ? Message.Plural.of(branches, Dialect.PRINTF) : null;
  }
}
