package dev.tolk.format;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tolk.format.properties.PropertiesFormat;
import dev.tolk.support.Messages;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PropertiesFormatTest {
  private static final String SOURCE =
      "# Licence header\n"
          + "\n"
          + "# The greeting. {0} is a name.\n"
          + "greeting = Hello, {0}!\n"
          + "help=First line\\n\\\n"
          + "    \\    indented second line\n"
          + "lead=\\u0020(no fix)\n"
          + "key\\ with\\ spaces:value: with colon\n"
          + "quote=It''s {0}\n"
          + "empty=\n";

  private final PropertiesFormat format = new PropertiesFormat();

  private LocalizationDocument parse(String text) {
    return format.parse("messages.properties", text.getBytes(UTF_8));
  }

  @Test
  void reads_exactly_what_java_util_properties_reads() throws IOException {
    Properties expected = new Properties();
    expected.load(new StringReader(SOURCE));
    Map<String, String> actual = new LinkedHashMap<>();
    parse(SOURCE).catalog().entries().forEach(entry -> actual.put(entry.key(), entry.text()));
    assertEquals(expected.size(), actual.size());
    expected.forEach((key, value) -> assertEquals(value, actual.get(key), "key " + key));
    assertEquals("The greeting. {0} is a name.", parse(SOURCE).catalog().get("greeting").note());
  }

  @Test
  void updating_one_value_keeps_comments_continuations_and_escapes_elsewhere() {
    LocalizationDocument document = parse(SOURCE);
    byte[] out = document.update(Messages.of(Map.of("greeting", "Bonjour, {0} !")), document);
    assertEquals(SOURCE.replace("Hello, {0}!", "Bonjour, {0} !"), new String(out, UTF_8));
  }

  @Test
  void replaced_values_load_back_to_the_same_text() throws IOException {
    LocalizationDocument document = parse(SOURCE);
    String tricky = "  leading spaces, a\\backslash, a\nnewline and é";
    byte[] out = document.update(Messages.of(Map.of("help", tricky)), document);
    Properties loaded = new Properties();
    loaded.load(new StringReader(new String(out, UTF_8)));
    assertEquals(tricky, loaded.getProperty("help"));
    assertEquals(
        "help=\\  leading spaces, a\\\\backslash, a\\nnewline and \\u00E9",
        new String(out, UTF_8).split("\n")[4]);
  }

  @Test
  void missing_keys_are_inserted_after_their_source_predecessor() {
    LocalizationDocument target = parse("# fr\ngreeting=Bonjour\nquote=C''est {0}\n");
    byte[] out = target.update(Messages.of(Map.of("help", "Aide")), parse(SOURCE));
    assertEquals("# fr\ngreeting=Bonjour\nhelp=Aide\nquote=C''est {0}\n", new String(out, UTF_8));
  }

  @Test
  void a_new_target_keeps_the_source_comments_and_drops_untranslated_keys() {
    byte[] out =
        parse(SOURCE)
            .translateInto(
                Messages.of(Map.of("greeting", "Bonjour, {0} !", "quote", "C''est {0}")), "fr");
    assertEquals(
        "# Licence header\n\n# The greeting. {0} is a name.\ngreeting = Bonjour, {0} !\nquote=C''est {0}\n",
        new String(out, UTF_8));
  }

  @Test
  void a_latin1_file_is_read_and_written_as_latin1() {
    byte[] latin1 = "name=Caf\u00e9\n".getBytes(ISO_8859_1);
    LocalizationDocument document = format.parse("m.properties", latin1);
    assertEquals("Café", document.catalog().get("name").text());
    byte[] out = document.update(Messages.of(Map.of("name", "Crème 日")), document);
    assertEquals("name=Cr\u00e8me \\u65E5\n", new String(out, ISO_8859_1));
  }

  @Test
  void duplicate_keys_and_bad_unicode_escapes_are_errors_with_their_line() {
    assertEquals(
        "messages.properties:3:1: duplicate key 'a' (first on line 1)",
        assertThrows(FormatException.class, () -> parse("a=1\nb=2\na=3\n")).getMessage());
    assertEquals(
        "messages.properties:2:3: malformed \\uXXXX escape",
        assertThrows(FormatException.class, () -> parse("a=1\nb=\\u12G4\n")).getMessage());
  }
}
