package dev.tolk.format;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tolk.format.strings.AppleStringsFormat;
import dev.tolk.support.Messages;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppleStringsFormatTest {
  private static final String SOURCE =
      "/* Menu item\n   that quits */\n\"Quit\" = \"Quit\";\n\n// Shown twice upstream\n\"OK\" = \"OK\";\n\n\"%@ of %@\" = \"%1$@ of %2$@\";\n\"OK\" = \"OK\";\n";

  private final AppleStringsFormat format = new AppleStringsFormat();

  @Test
  void pairs_comments_as_notes_and_duplicates_are_read() {
    var catalog = format.parse("Localizable.strings", SOURCE.getBytes(UTF_8)).catalog();
    assertEquals(3, catalog.size());
    assertEquals("Menu item\n   that quits", catalog.get("Quit").note());
    assertEquals("%1$@ of %2$@", catalog.get("%@ of %@").text());
  }

  @Test
  void utf16_with_a_byte_order_mark_is_written_back_the_same_way_with_every_duplicate_updated() {
    byte[] bom = {(byte) 0xFF, (byte) 0xFE};
    byte[] body = SOURCE.getBytes(UTF_16LE);
    byte[] input = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, input, 0, 2);
    System.arraycopy(body, 0, input, 2, body.length);
    LocalizationDocument document = format.parse("Localizable.strings", input);
    byte[] out = document.update(Messages.of(Map.of("OK", "D'accord \"oui\"")), document);
    String expected = SOURCE.replace("\"OK\" = \"OK\";", "\"OK\" = \"D'accord \\\"oui\\\"\";");
    byte[] expectedBody = expected.getBytes(UTF_16LE);
    byte[] expectedBytes = new byte[2 + expectedBody.length];
    System.arraycopy(bom, 0, expectedBytes, 0, 2);
    System.arraycopy(expectedBody, 0, expectedBytes, 2, expectedBody.length);
    assertArrayEquals(expectedBytes, out);
  }

  @Test
  void a_missing_semicolon_names_its_place() {
    FormatException error =
        assertThrows(
            FormatException.class,
            () ->
                format.parse(
                    "Localizable.strings", "\"a\" = \"b\"\n\"c\" = \"d\";".getBytes(UTF_8)));
    assertEquals("Localizable.strings:2:1: expected ';' after the value", error.getMessage());
  }
}
