package dev.tolk.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tolk.format.xcstrings.StringCatalogFormat;
import dev.tolk.support.Messages;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StringCatalogFormatTest {
  private static final String CATALOG =
      "{\n  \"sourceLanguage\" : \"en\",\n  \"strings\" : {\n    \"\" : {\n\n    },\n"
          + "    \"%lld files\" : {\n      \"comment\" : \"Count in the sidebar\",\n      \"localizations\" : {\n"
          + "        \"en\" : {\n          \"variations\" : {\n            \"plural\" : {\n"
          + "              \"one\" : {\n                \"stringUnit\" : {\n                  \"state\" : \"translated\",\n                  \"value\" : \"%lld file\"\n                }\n              },\n"
          + "              \"other\" : {\n                \"stringUnit\" : {\n                  \"state\" : \"translated\",\n                  \"value\" : \"%lld files\"\n                }\n              }\n"
          + "            }\n          }\n        }\n      }\n    },\n"
          + "    \"Done\" : {\n\n    },\n"
          + "    \"Version\" : {\n      \"shouldTranslate\" : false\n    }\n  },\n  \"version\" : \"1.0\"\n}";

  private final StringCatalogFormat format = new StringCatalogFormat();

  private LocalizationDocument parse(String text) {
    return format.parse("Localizable.xcstrings", text.getBytes(UTF_8));
  }

  @Test
  void the_source_language_reads_plurals_keys_as_text_and_comments_as_notes() {
    var english = parse(CATALOG).forLanguage("en").catalog();
    assertEquals(2, english.size());
    assertEquals(
        "{count, plural, one {%lld file} other {%lld files}}", english.get("%lld files").text());
    assertEquals("Count in the sidebar", english.get("%lld files").note());
    assertEquals("Done", english.get("Done").text());
    assertEquals(0, parse(CATALOG).forLanguage("ru").catalog().size());
  }

  @Test
  void a_language_is_added_in_xcode_order_and_style_and_nothing_else_changes() {
    LocalizationDocument document = parse(CATALOG);
    Map<String, String> values = new LinkedHashMap<>();
    values.put(
        "%lld files",
        "{count, plural, one {%lld файл} few {%lld файла} many {%lld файлов} other {%lld файла}}");
    values.put("Done", "Готово");
    String out =
        new String(
            document
                .forLanguage("ru")
                .update(Messages.withPlurals(values), document.forLanguage("en")),
            UTF_8);
    String unit =
        "{\n%1$s  \"stringUnit\" : {\n%1$s    \"state\" : \"translated\",\n%1$s    \"value\" : \"%2$s\"\n%1$s  }\n%1$s}";
    String indent14 = " ".repeat(14);
    String expectedPlural =
        "        \"ru\" : {\n          \"variations\" : {\n            \"plural\" : {\n"
            + "              \"few\" : "
            + String.format(unit, indent14, "%lld файла")
            + ",\n"
            + "              \"many\" : "
            + String.format(unit, indent14, "%lld файлов")
            + ",\n"
            + "              \"one\" : "
            + String.format(unit, indent14, "%lld файл")
            + ",\n"
            + "              \"other\" : "
            + String.format(unit, indent14, "%lld файла")
            + "\n"
            + "            }\n          }\n        }\n";
    assertEquals(
        CATALOG
            .replace(
                "            }\n          }\n        }\n      }\n    },\n    \"Done\"",
                "            }\n          }\n        },\n"
                    + expectedPlural
                    + "      }\n    },\n    \"Done\"")
            .replace(
                "\"Done\" : {\n\n    }",
                "\"Done\" : {\n      \"localizations\" : {\n        \"ru\" : {\n          \"stringUnit\" : {\n            \"state\" : \"translated\",\n            \"value\" : \"Готово\"\n          }\n        }\n      }\n    }"),
        out);
  }

  @Test
  void a_needs_review_copy_of_the_english_text_counts_as_missing() {
    String catalog =
        "{\"sourceLanguage\": \"en\", \"strings\": {\"Done\": {\"localizations\": {"
            + "\"de\": {\"stringUnit\": {\"state\": \"needs_review\", \"value\": \"Done\"}},"
            + "\"fr\": {\"stringUnit\": {\"state\": \"needs_review\", \"value\": \"Terminé\"}}}}}}";
    assertEquals(0, parse(catalog).forLanguage("de").catalog().size());
    assertEquals("Terminé", parse(catalog).forLanguage("fr").catalog().get("Done").text());
  }

  @Test
  void a_translation_made_with_a_substitution_reads_as_a_plural() {
    String catalog =
        "{\"sourceLanguage\": \"en\", \"strings\": {\"%lld files\": {\"localizations\": {"
            + "\"ru\": {\"stringUnit\": {\"state\": \"translated\", \"value\": \"Найдено %#@files@\"},"
            + "\"substitutions\": {\"files\": {\"argNum\": 1, \"formatSpecifier\": \"lld\","
            + "\"variations\": {\"plural\": {"
            + "\"one\": {\"stringUnit\": {\"state\": \"translated\", \"value\": \"%arg файл\"}},"
            + "\"few\": {\"stringUnit\": {\"state\": \"translated\", \"value\": \"%arg файла\"}},"
            + "\"many\": {\"stringUnit\": {\"state\": \"translated\", \"value\": \"%arg файлов\"}},"
            + "\"other\": {\"stringUnit\": {\"state\": \"translated\", \"value\": \"%arg файла\"}}"
            + "}}}}}}}}}";
    var message =
        (dev.tolk.core.message.Message.Plural)
            parse(catalog).forLanguage("ru").catalog().get("%lld files").message();
    assertEquals("Найдено %lld файлов", message.branches().get("many"));
    assertEquals(
        java.util.List.of("one", "few", "many", "other"),
        java.util.List.copyOf(message.branches().keySet()));
  }
}
