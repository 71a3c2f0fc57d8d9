package dev.tolk.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tolk.format.jsonl.JsonlFormat;
import dev.tolk.support.Messages;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonlFormatTest {
  private final JsonlFormat format = new JsonlFormat();

  private LocalizationDocument parse(String text) {
    return format.parse("items.jsonl", text.getBytes(UTF_8));
  }

  @Test
  void items_carry_ids_texts_and_notes() {
    var catalog =
        parse(
                "{\"id\":\"a\",\"text\":\"Apple\",\"note\":\"the fruit\"}\n\n{\"id\":\"b\",\"text\":\"Pear\"}\n")
            .catalog();
    assertEquals("Apple", catalog.get("a").text());
    assertEquals("the fruit", catalog.get("a").note());
    assertEquals(3, catalog.get("b").line());
  }

  @Test
  void targets_keep_their_lines_and_get_new_items_in_source_order() {
    LocalizationDocument source =
        parse(
            "{\"id\":\"a\",\"text\":\"A\"}\n{\"id\":\"b\",\"text\":\"B\"}\n{\"id\":\"c\",\"text\":\"C\"}\n");
    LocalizationDocument target =
        parse(
            "{\"id\": \"a\", \"text\": \"a-fr\"}\n{\"id\":\"c\",\"text\":\"c-fr\",\"extra\":1}\n");
    byte[] out = target.update(Messages.of(Map.of("b", "b-fr", "c", "c-fr2")), source);
    assertEquals(
        "{\"id\": \"a\", \"text\": \"a-fr\"}\n{\"id\":\"b\",\"text\":\"b-fr\"}\n{\"id\":\"c\",\"text\":\"c-fr2\",\"extra\":1}\n",
        new String(out, UTF_8));
  }

  @Test
  void bad_lines_and_duplicate_ids_are_errors_with_their_line() {
    assertEquals(
        "items.jsonl:2:1: expected an object with string fields \"id\" and \"text\"",
        assertThrows(
                FormatException.class, () -> parse("{\"id\":\"a\",\"text\":\"A\"}\n{\"id\":1}\n"))
            .getMessage());
    assertEquals(
        "items.jsonl:2:1: duplicate id 'a' (first on line 1)",
        assertThrows(
                FormatException.class,
                () -> parse("{\"id\":\"a\",\"text\":\"A\"}\n{\"id\":\"a\",\"text\":\"B\"}\n"))
            .getMessage());
  }
}
