package dev.tolk.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tolk.core.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

class PseudoTranslatorTest {
  private final PseudoTranslator pseudo = new PseudoTranslator();

  @Test
  void accents_letters_brackets_text_and_keeps_placeholders() {
    assertEquals(
        "[Ĥéļļö {name}, ýöû ĥåṽé %d ɱéššåĝéš]",
        pseudo.pseudo("Hello {name}, you have %d messages"));
    assertEquals("  [ö<b>ƒ</b>]  ", pseudo.pseudo("  o<b>f</b>  "));
  }

  @Test
  void keeps_icu_syntax_valid() {
    String source = "{count, plural, one {# photo} other {# photos}}";
    String result = pseudo.pseudo(source);
    assertEquals("[{count, plural, one {# þĥöţö} other {# þĥöţöš}}]", result);
    assertEquals(List.of(), new Validator().check(source, result));
  }

  @Test
  void is_deterministic() {
    assertEquals(pseudo.pseudo("Same input"), pseudo.pseudo("Same input"));
  }
}
