package dev.tolk.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tolk.format.json.ArbFormat;
import dev.tolk.support.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArbFormatTest {
  private static final String SOURCE =
      "{\n  \"@@locale\": \"en\",\n  \"inbox\": \"Inbox\",\n  \"@inbox\": {\n    \"description\": \"Title of the mail list\"\n  },\n"
          + "  \"count\": \"{n, plural, =0{No mail} other{{n} mails}}\",\n  \"@count\": {\n    \"placeholders\": {\"n\": {\"type\": \"int\"}}\n  }\n}";

  private final ArbFormat format = new ArbFormat();

  private LocalizationDocument parse(String text) {
    return format.parse("intl_en.arb", text.getBytes(UTF_8));
  }

  @Test
  void messages_are_translated_and_metadata_becomes_notes() {
    var catalog = parse(SOURCE).catalog();
    assertEquals(
        List.of("/inbox", "/count"), catalog.entries().stream().map(e -> e.key()).toList());
    assertEquals("Title of the mail list", catalog.get("/inbox").note());
  }

  @Test
  void a_new_target_names_its_locale_and_carries_no_metadata() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("/inbox", "Boîte de réception");
    values.put("/count", "{n, plural, =0{Aucun courriel} one{{n} courriel} other{{n} courriels}}");
    String out = new String(parse(SOURCE).translateInto(Messages.of(values), "fr"), UTF_8);
    assertEquals(
        "{\n  \"@@locale\": \"fr\",\n  \"inbox\": \"Boîte de réception\",\n  \"count\": \"{n, plural, =0{Aucun courriel} one{{n} courriel} other{{n} courriels}}\"\n}",
        out);
  }

  @Test
  void repeated_members_are_tolerated_and_the_last_counts() {
    var catalog = parse("{\"a\": \"first\", \"b\": \"B\", \"a\": \"second\"}").catalog();
    assertEquals("second", catalog.get("/a").text());
    assertEquals(2, catalog.size());
    assertEquals(
        "intl_{lang}.arb", format.defaultOutputPattern("intl_en.arb", "en").replace("{dir}/", ""));
  }

  @Test
  void a_new_target_names_its_locale_even_when_the_source_does_not() {
    String out =
        new String(
            parse("{\n  \"hi\": \"Hi\"\n}\n")
                .translateInto(Messages.of(Map.of("/hi", "Oi")), "pt-BR"),
            UTF_8);
    assertEquals("{\n  \"@@locale\": \"pt_BR\",\n  \"hi\": \"Oi\"\n}\n", out);
    assertEquals(
        "app_{lang}.arb",
        format.defaultOutputPattern("app_en_US.arb", "en-US").replace("{dir}/", ""));
    assertEquals("zh_Hant", format.localeName("zh-Hant"));
  }

  @Test
  void apostrophes_are_literal_unless_the_project_sets_use_escaping() {
    String text = "{\"q\": \"Don't forget '{name}'\"}";
    var message = parse(text).catalog().get("/q").message();
    assertEquals(dev.tolk.core.message.Dialect.ICU_LITERAL_APOSTROPHES, message.dialect());
    assertEquals(
        dev.tolk.core.message.Dialect.ICU,
        new ArbFormat(true)
            .parse("intl_en.arb", text.getBytes(UTF_8))
            .catalog()
            .get("/q")
            .message()
            .dialect());
  }
}
