package dev.tolk.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EscapesTest {
  private static final Escapes C = Escapes.of("\"\\\n\t", "\"\\nt");

  @Test
  void escapesOnlyTheCharactersOfItsTable() {
    assertEquals("say \\\"hi\\\"\\n\\tC:\\\\ – ok\r", C.escape("say \"hi\"\n\tC:\\ – ok\r"));
    StringBuilder out = new StringBuilder();
    assertTrue(C.appendEscape(out, '\n'));
    assertFalse(C.appendEscape(out, 'x'));
    assertEquals("\\n", out.toString());
  }

  @Test
  void readsBackWhatItWrites() {
    String value = "Line one\nLine \"two\"\twith C:\\path and Юникод";
    assertEquals(value, C.unescape(C.escape(value)));
  }

  @Test
  void anOtherEscapedCharacterStandsForItselfAndATrailingBackslashStays() {
    assertEquals("a'b?c\\", C.unescape("a\\'b\\?c\\"));
  }

  @Test
  void unicodeEscapesAreReadWhereTheSyntaxHasThem() {
    Escapes lenient = C.withUnicode("uU", false);
    assertEquals("é and é", lenient.unescape("\\u00e9 and \\U00E9"));
    assertEquals("u12 left", lenient.unescape("\\u12 left"), "malformed: the letter itself");
    assertEquals("u00e9", C.unescape("\\u00e9"), "a table without unicode escapes");
  }

  @Test
  void aStrictTableRefusesAMalformedUnicodeEscapeNamingWhereItIs() {
    Escapes strict = C.withUnicode("u", true);
    var error = assertThrows(IllegalArgumentException.class, () -> strict.unescape("ok \\u12x"));
    assertEquals("3", error.getMessage());
  }
}
