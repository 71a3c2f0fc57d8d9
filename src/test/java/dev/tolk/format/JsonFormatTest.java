package dev.tolk.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tolk.format.json.JsonFormat;
import dev.tolk.support.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonFormatTest {
  private final JsonFormat format = new JsonFormat();

  private LocalizationDocument parse(String text) {
    return format.parse("en.json", text.getBytes(UTF_8));
  }

  @Test
  void keys_are_json_pointers_and_dotted_flat_keys_are_never_split() {
    var catalog =
        parse("{\"a\": {\"b\": \"x\"}, \"Save changes.\": \"y\", \"a/b\": \"z\"}").catalog();
    assertEquals(
        List.of("/a/b", "/Save changes.", "/a~1b"),
        catalog.entries().stream().map(e -> e.key()).toList());
  }

  @Test
  void replacing_values_keeps_every_other_byte() {
    String target =
        "{\n    \"title\" : \"Old\",\n    \"n\": 3,\n    \"esc\": \"caf\\u00e9 \\/ ok\"\n}";
    String source = "{\"title\": \"Title\", \"esc\": \"x\"}";
    byte[] out =
        parse(target).update(Messages.of(Map.of("/title", "Nouveau \"titre\"")), parse(source));
    assertEquals(
        "{\n    \"title\" : \"Nouveau \\\"titre\\\"\",\n    \"n\": 3,\n    \"esc\": \"caf\\u00e9 \\/ ok\"\n}",
        new String(out, UTF_8));
  }

  @Test
  void missing_keys_go_where_the_source_has_them_in_the_target_style() {
    String source =
        "{\n  \"a\": \"A\",\n  \"b\": \"B\",\n  \"group\": {\n    \"x\": \"X\",\n    \"y\": \"Y\"\n  },\n  \"c\": \"C\"\n}\n";
    String target = "{\n  \"b\": \"b-fr\",\n  \"c\": \"c-fr\"\n}\n";
    Map<String, String> values = new LinkedHashMap<>();
    values.put("/a", "a-fr");
    values.put("/group/x", "x-fr");
    values.put("/group/y", "y-fr");
    byte[] out = parse(target).update(Messages.of(values), parse(source));
    assertEquals(
        "{\n  \"a\": \"a-fr\",\n  \"b\": \"b-fr\",\n  \"group\": {\n    \"x\": \"x-fr\",\n    \"y\": \"y-fr\"\n  },\n  \"c\": \"c-fr\"\n}\n",
        new String(out, UTF_8));
  }

  @Test
  void a_new_target_follows_the_source_order_and_layout() {
    String source = "{\n\t\"b\": \"B\",\n\t\"a\": {\n\t\t\"c\": \"C\"\n\t}\n}";
    byte[] out =
        parse(source).translateInto(Messages.of(Map.of("/a/c", "c-fr", "/b", "b-fr")), "fr");
    assertEquals(
        "{\n\t\"b\": \"b-fr\",\n\t\"a\": {\n\t\t\"c\": \"c-fr\"\n\t}\n}", new String(out, UTF_8));
  }

  @Test
  void crlf_and_a_byte_order_mark_survive() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String text = "{\r\n  \"a\": \"A\"\r\n}\r\n";
    byte[] input = concat(bom, text.getBytes(UTF_8));
    LocalizationDocument document = format.parse("fr.json", input);
    byte[] out = document.update(Messages.of(Map.of("/a", "B")), document);
    assertArrayEquals(concat(bom, "{\r\n  \"a\": \"B\"\r\n}\r\n".getBytes(UTF_8)), out);
    byte[] inserted =
        document.update(Messages.of(Map.of("/b", "C")), parse("{\"a\": \"A\", \"b\": \"B\"}"));
    assertEquals(
        "{\r\n  \"a\": \"A\",\r\n  \"b\": \"C\"\r\n}\r\n",
        new String(inserted, 3, inserted.length - 3, UTF_8));
  }

  @Test
  void malformed_json_names_file_line_and_column() {
    FormatException error =
        assertThrows(FormatException.class, () -> parse("{\n  \"a\": \"A\",\n  \"b\" \"B\"\n}"));
    assertEquals(
        "en.json:3:7: Unexpected character ('\"' (code 34)): was expecting a colon to separate field name and value",
        error.getMessage());
  }

  @Test
  void duplicate_keys_are_an_error_with_their_place() {
    FormatException error =
        assertThrows(FormatException.class, () -> parse("{\"a\": \"1\",\n\"a\": \"2\"}"));
    assertEquals("en.json:2:4: Duplicate field 'a'", error.getMessage());
  }

  @Test
  void invalid_utf8_is_an_error_not_a_replacement_character() {
    byte[] bytes = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    FormatException error =
        assertThrows(FormatException.class, () -> format.parse("en.json", bytes));
    assertEquals(
        "en.json:1:7: invalid UTF-8: byte 0xC3 at offset 6 cannot be decoded", error.getMessage());
  }

  @Test
  void an_empty_file_or_a_top_level_array_is_rejected() {
    assertEquals(
        "en.json:1:1: empty file: expected a JSON object",
        assertThrows(FormatException.class, () -> parse(" \n")).getMessage());
    assertEquals(
        "en.json:1:1: expected a JSON object at the top level",
        assertThrows(FormatException.class, () -> parse("[\"a\"]")).getMessage());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void i18next_plural_keys_are_one_message_written_in_the_target_languages_forms() {
    String source =
        "{\n  \"items_one\": \"{{count}} item\",\n  \"items_other\": \"{{count}} items\",\n  \"title\": \"Inbox\"\n}\n";
    var entry = parse(source).catalog().get("/items");
    assertEquals("{count, plural, one {{{count}} item} other {{{count}} items}}", entry.text());
    var russian =
        Messages.forms(
            "one", "{{count}} элемент",
            "few", "{{count}} элемента",
            "many", "{{count}} элементов",
            "other", "{{count}} элемента");
    LocalizationDocument ru =
        format.parse(
            "ru.json",
            "{\n  \"items_one\": \"old\",\n  \"items_other\": \"old\",\n  \"title\": \"Входящие\"\n}\n"
                .getBytes(UTF_8),
            "ru");
    assertEquals(
        "{\n  \"items_one\": \"{{count}} элемент\",\n  \"items_few\": \"{{count}} элемента\",\n  \"items_many\": \"{{count}} элементов\",\n  \"items_other\": \"{{count}} элемента\",\n  \"title\": \"Входящие\"\n}\n",
        new String(ru.update(Map.of("/items", russian), parse(source)), UTF_8));
    LocalizationDocument ja =
        format.parse(
            "ja.json",
            "{\n  \"items_one\": \"x\",\n  \"items_other\": \"x\"\n}\n".getBytes(UTF_8),
            "ja");
    assertEquals(
        "{\n  \"items_other\": \"{{count}} 件\"\n}\n",
        new String(
            ja.update(Map.of("/items", Messages.forms("other", "{{count}} 件")), parse(source)),
            UTF_8),
        "Japanese has no 'one'");
  }

  @Test
  void a_lone_surrogate_escape_is_not_text() {
    FormatException error =
        assertThrows(FormatException.class, () -> parse("{\n  \"a\": \"x\\ud800y\"\n}"));
    assertEquals(
        "en.json:2:8: the string holds a lone surrogate \\ud800 (an escape that is not text)",
        error.getMessage());
  }
}
