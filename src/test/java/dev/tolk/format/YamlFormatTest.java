package dev.tolk.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.format.yaml.YamlFormat;
import dev.tolk.support.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlFormatTest {
  private static final String SOURCE =
      "# Rails locale\n"
          + "en:\n"
          + "  date:\n"
          + "    formats:\n"
          + "      default: \"%Y-%m-%d\"\n"
          + "    order:\n"
          + "      - :year\n"
          + "      - :month\n"
          + "    month_names: [~, January, February]\n"
          + "  hello: Hello\n"
          + "  quoted: 'It''s here'\n"
          + "  count:\n"
          + "    one: \"%{count} file\"\n"
          + "    other: \"%{count} files\"\n"
          + "  limit: 30\n"
          + "  body: |-\n"
          + "    Dear %{name},\n"
          + "\n"
          + "    thanks.\n"
          + "  # the last one\n"
          + "  bye: Bye\n";

  private final YamlFormat format = new YamlFormat();

  private LocalizationDocument parse(String text) {
    return format.parse("en.yml", text.getBytes(UTF_8));
  }

  @Test
  void texts_are_found_below_the_language_key_and_non_text_is_left_alone() {
    assertEquals(
        List.of(
            "/date/formats/default",
            "/date/month_names/1",
            "/date/month_names/2",
            "/hello",
            "/quoted",
            "/count",
            "/body",
            "/bye"),
        parse(SOURCE).catalog().entries().stream().map(e -> e.key()).toList());
    assertEquals("Dear %{name},\n\nthanks.", parse(SOURCE).catalog().get("/body").text());
    assertEquals(
        "the last one",
        parse(SOURCE).catalog().get("/bye").note(),
        "a comment above a key is its note");
  }

  @Test
  void values_are_replaced_in_their_own_style_and_quoted_when_plain_would_break() {
    LocalizationDocument document = parse(SOURCE);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("/hello", "Remarque : bonjour");
    values.put("/quoted", "C'est ici");
    values.put("/body", "Cher %{name},\n\nmerci.");
    values.put("/bye", "Au revoir");
    String out = new String(document.update(Messages.of(values), document), UTF_8);
    assertEquals(
        SOURCE
            .replace("hello: Hello", "hello: \"Remarque : bonjour\"")
            .replace("'It''s here'", "'C''est ici'")
            .replace("Dear %{name},\n\n    thanks.", "Cher %{name},\n\n    merci.")
            .replace("bye: Bye", "bye: Au revoir"),
        out);
  }

  @Test
  void missing_keys_are_inserted_after_their_source_neighbour_at_the_mapping_indentation() {
    LocalizationDocument target =
        parse("fr:\n  hello: Bonjour\n  # the last one\n  bye: Au revoir\n");
    Map<String, String> values = new LinkedHashMap<>();
    values.put("/quoted", "C'est ici");
    values.put("/count", "{count, plural, one {%{count} fichier} other {%{count} fichiers}}");
    String out = new String(target.update(Messages.withPlurals(values), parse(SOURCE)), UTF_8);
    assertEquals(
        "fr:\n  hello: Bonjour\n  quoted: C'est ici\n  count:\n    one: \"%{count} fichier\"\n    other: \"%{count} fichiers\"\n"
            + "  # the last one\n  bye: Au revoir\n",
        out);
  }

  @Test
  void a_new_target_is_rooted_at_its_language() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("/date/month_names/1", "janvier");
    values.put("/date/month_names/2", "février");
    values.put("/hello", "Bonjour");
    String out = new String(parse(SOURCE).translateInto(Messages.of(values), "fr"), UTF_8);
    assertEquals(
        "fr:\n  date:\n    month_names:\n      - ~\n      - janvier\n      - février\n  hello: Bonjour\n",
        out);
  }

  @Test
  void malformed_yaml_and_duplicate_keys_name_their_line() {
    FormatException malformed =
        assertThrows(FormatException.class, () -> parse("en:\n  a: \"open\n  b: c\n"));
    assertEquals(
        "en.yml:4:1: found unexpected end of stream (while scanning a quoted scalar at line 2)",
        malformed.getMessage());
    FormatException duplicate =
        assertThrows(FormatException.class, () -> parse("en:\n  a: x\n  a: y\n"));
    assertEquals("en.yml:3:3: duplicate key 'a'", duplicate.getMessage());
  }

  @Test
  void a_new_target_keeps_the_document_marker_and_writes_plural_forms_in_cldr_order() {
    String source =
        "---\nen:\n  inbox:\n    one: \"%{count} message\"\n    other: \"%{count} messages\"\n";
    Map<String, String> values = new LinkedHashMap<>();
    values.put(
        "/inbox", "{count, plural, zero {z} one {o} two {t} few {f} many {m} other {%{count} x}}");
    String out = new String(parse(source).translateInto(Messages.withPlurals(values), "ar"), UTF_8);
    assertEquals(
        "---\nar:\n  inbox:\n    zero: \"z\"\n    one: \"o\"\n    two: \"t\"\n    few: \"f\"\n    many: \"m\"\n    other: \"%{count} x\"\n",
        out);
  }

  @Test
  void rails_date_formats_and_separators_are_sent_with_a_note_saying_what_they_are() {
    var catalog =
        parse(
                "en:\n  date:\n    formats:\n      long: \"%B %d, %Y\"\n  number:\n    format:\n      separator: \".\"\n")
            .catalog();
    assertEquals(
        dev.tolk.core.message.Dialect.STRFTIME,
        catalog.get("/date/formats/long").message().dialect());
    assertTrue(catalog.get("/date/formats/long").note().contains("strftime"));
    assertTrue(catalog.get("/number/format/separator").note().contains("decimal separator"));
  }

  @Test
  void a_russian_plural_gains_few_and_many_beside_its_one_and_other() {
    LocalizationDocument target =
        parse(
            "ru:\n  inbox:\n    one: \"%{count} сообщение\"\n    other: \"%{count} сообщения\"\n  bye: Пока\n");
    Map<String, String> values = new LinkedHashMap<>();
    values.put(
        "/inbox",
        "{count, plural, one {%{count} сообщение} few {%{count} сообщения} many {%{count} сообщений} other {%{count} сообщения}}");
    String out =
        new String(
            target.update(
                Messages.withPlurals(values),
                parse("en:\n  inbox:\n    one: x\n    other: y\n  bye: Bye\n")),
            UTF_8);
    assertEquals(
        "ru:\n  inbox:\n    one: \"%{count} сообщение\"\n    few: \"%{count} сообщения\"\n    many: \"%{count} сообщений\"\n    other: \"%{count} сообщения\"\n  bye: Пока\n",
        out);
  }
}
