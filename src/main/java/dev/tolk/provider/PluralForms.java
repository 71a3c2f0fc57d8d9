package dev.tolk.provider;

import dev.tolk.core.message.CldrPlurals;
import dev.tolk.core.message.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * The forms a plural item's answer must have, named in the request ({@code "plural_forms"}) so that
 * the model need not know CLDR: the source's explicit values ({@code =0}) and the target language's
 * categories of the plural's kind (cardinal or ordinal).
 */
final class PluralForms {
  private PluralForms() {}

  static List<String> wanted(Message.Plural plural, String targetLanguage) {
    List<String> forms = new ArrayList<>();
    plural.branches().keySet().stream().filter(s -> s.startsWith("=")).forEach(forms::add);
    forms.addAll(CldrPlurals.required(targetLanguage, plural.kind()));
    return forms;
  }
}
