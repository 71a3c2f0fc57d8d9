package dev.tolk.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every format names the file, line and column of what it cannot read. */
class MalformedInputTest {
  private final FormatRegistry formats = new FormatRegistry();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en.json|{'a': 1,\\n  'b' }|en.json:2:",
        "intl_en.arb|{'a': 'x',\\n'b'}|intl_en.arb:2:",
        "items.jsonl|{'id':'a','text':'A'}\\n{'id':'b',|items.jsonl:2:",
        "messages.properties|a=1\\nb=\\u12|messages.properties:2:",
        "en.yml|en:\\n  a: [x\\n|en.yml:3:",
        "messages.pot|msgid 'a'\\nmsgstr 'b\\n|messages.pot:2:",
        "strings.xml|<resources>\\n<string name='a'>x</resources>|strings.xml:2:",
        "messages.xlf|<xliff version='1.2'>\\n<file><body><trans-unit id='1'><source>x</body></file></xliff>|messages.xlf:2:",
        "Localizable.strings|'a' = 'b';\\n'c' 'd';|Localizable.strings:2:",
        "text.csv|a,b\\n'c,d|text.csv:2:",
        "Localizable.xcstrings|{'strings' : {\\n 'a' : }|Localizable.xcstrings:2:"
      })
  void names_file_line_and_column(String file, String content, String prefix) {
    String text = content.replace("\\n", "\n").replace('\'', '"');
    FormatException error =
        assertThrows(
            FormatException.class, () -> formats.forFile(file).parse(file, text.getBytes(UTF_8)));
    assertTrue(error.getMessage().startsWith(prefix), error.getMessage());
    assertTrue(
        error.getMessage().substring(prefix.length()).matches("\\d+: .+"),
        "a column and a reason: " + error.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "en.yml",
    "messages.pot",
    "strings.xml",
    "messages.xlf",
    "text.csv",
    "Localizable.strings"
  })
  void invalid_utf8_is_an_error_with_its_place(String file) {
    byte[] bytes = {'a', '\n', 'b', (byte) 0xC3, (byte) 0x28};
    FormatException error =
        assertThrows(FormatException.class, () -> formats.forFile(file).parse(file, bytes));
    assertEquals(
        file + ":2:2: invalid UTF-8: byte 0xC3 at offset 3 cannot be decoded", error.getMessage());
  }
}
