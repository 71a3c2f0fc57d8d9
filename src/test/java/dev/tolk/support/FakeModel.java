package dev.tolk.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.tolk.core.message.BranchSource;
import dev.tolk.core.message.CldrPlurals;
import dev.tolk.core.message.Dialect;
import dev.tolk.core.message.PluralExpansion;
import dev.tolk.core.message.PluralKind;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the fake API "translates", as a careful model would: the target language in front of each
 * text ({@code fr:Save}), placeholders untouched, and plurals in the target language's CLDR
 * categories: an object of forms gets exactly the categories the language needs (Russian one, few,
 * many, other; Japanese other), each from the source form of the same category or from other; an
 * ICU plural inside a text gets them likewise.
 */
public final class FakeModel {
  private FakeModel() {}

  /** Which rules the asked forms follow (for picking the source form each comes from). */
  private static PluralKind ordinal(
      java.util.Set<String> source, java.util.List<String> wanted, String target) {
    java.util.Set<String> categories = new java.util.HashSet<>(wanted);
    categories.removeIf(key -> key.startsWith("="));
    return categories.equals(CldrPlurals.required(target, PluralKind.CARDINAL))
        ? PluralKind.CARDINAL
        : PluralKind.ORDINAL;
  }

  public static String text(String language, String text) {
    // after any leading line breaks and spaces, as a model keeps a text's layout
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return text.substring(0, start) + language + ":" + text.substring(start);
  }

  /**
   * The answer for one item: a text, or an object of plural forms.
   *
   * @param wanted the forms the request asks for ("plural_forms"), or a missing node
   */
  public static JsonNode translate(JsonNode item, JsonNode wanted, String source, String target) {
    if (item.isObject()) {
      Map<String, String> forms = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> fields = item.fields();
      while (fields.hasNext()) {
        var field = fields.next();
        forms.put(field.getKey(), field.getValue().asText());
      }
      ObjectNode answer = JsonNodeFactory.instance.objectNode();
      java.util.List<String> keys = new java.util.ArrayList<>();
      wanted.forEach(key -> keys.add(key.asText()));
      if (keys.isEmpty()) {
        keys.addAll(CldrPlurals.required(target, PluralKind.CARDINAL));
      }
      PluralKind kind = ordinal(forms.keySet(), keys, target);
      for (String key : keys) {
        String from =
            key.startsWith("=")
                ? key
                : BranchSource.translateFrom(forms, kind, key, source, target, Dialect.AUTO);
        answer.put(key, text(target, forms.get(from)));
      }
      return answer;
    }
    String text = item.asText();
    String expanded =
        text.contains("plural,") || text.contains("selectordinal,")
            ? PluralExpansion.forLanguage(text, false, source, target)
            : text;
    return TextNode.valueOf(text(target, expanded));
  }
}
