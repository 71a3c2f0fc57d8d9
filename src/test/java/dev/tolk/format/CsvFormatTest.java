package dev.tolk.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tolk.format.csv.CsvFormat;
import dev.tolk.support.Messages;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvFormatTest {
  private final CsvFormat format = new CsvFormat();

  private LocalizationDocument parse(String text) {
    return format.parse("text.csv", text.getBytes(UTF_8));
  }

  @Test
  void a_header_of_languages_makes_a_column_per_language() {
    LocalizationDocument document =
        parse("keys,en,es\r\nHELLO,\"Hello, you\",Hola\r\nBYE,Bye,\r\n");
    assertEquals("Hello, you", document.forLanguage("en").catalog().get("HELLO").text());
    assertEquals(1, document.forLanguage("es").catalog().size(), "an empty cell is missing");
    String out =
        new String(
            document
                .forLanguage("es")
                .update(Messages.of(Map.of("BYE", "Adiós, \"amigo\"")), document.forLanguage("en")),
            UTF_8);
    assertEquals(
        "keys,en,es\r\nHELLO,\"Hello, you\",Hola\r\nBYE,Bye,\"Adiós, \"\"amigo\"\"\"\r\n", out);
    String added =
        new String(
            document
                .forLanguage("fr")
                .update(Messages.of(Map.of("HELLO", "Salut")), document.forLanguage("en")),
            UTF_8);
    assertEquals("keys,en,es,fr\r\nHELLO,\"Hello, you\",Hola,Salut\r\nBYE,Bye,,\r\n", added);
  }

  @Test
  void without_such_a_header_rows_are_key_text_pairs_of_one_language() {
    LocalizationDocument document = parse("\"Save\",\"Save\"\n\"or\",\" or \"\n");
    assertNull(document.forLanguage("en"));
    assertEquals(" or ", document.catalog().get("or").text());
    assertEquals(
        "\"Save\",\"Sauver\"\n\"or\",\" ou \"\n",
        new String(
            document.translateInto(Messages.of(Map.of("Save", "Sauver", "or", " ou ")), "fr"),
            UTF_8));
  }

  @Test
  void an_unterminated_quote_names_its_place() {
    FormatException error = assertThrows(FormatException.class, () -> parse("a,b\n\"c,d\n"));
    assertEquals("text.csv:2:1: unterminated quoted field", error.getMessage());
  }
}
