package dev.tolk.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.format.android.AndroidFormat;
import dev.tolk.support.Messages;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class AndroidFormatTest {
  private static final String SOURCE =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
          + "<resources xmlns:xliff=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
          + "    <!-- Shown in the title bar [CHAR LIMIT=20] -->\n"
          + "    <string name=\"app\">Photo Shelf</string>\n"
          + "    <string name=\"version\" translatable=\"false\">1.0</string>\n"
          + "    <string name=\"greet\">Hi <xliff:g id=\"name\" example=\"Ann\">%1$s</xliff:g>, it\\'s \\\"here\\\"</string>\n"
          + "    <string name=\"prefix\">\"Re: \"</string>\n"
          + "    <plurals name=\"photos\">\n"
          + "        <item quantity=\"one\">%d photo</item>\n"
          + "        <item quantity=\"other\">%d photos</item>\n"
          + "    </plurals>\n"
          + "    <string-array name=\"sizes\">\n"
          + "        <item>Small</item>\n"
          + "        <item>@string/app</item>\n"
          + "    </string-array>\n"
          + "</resources>\n";

  private final AndroidFormat format = new AndroidFormat();

  private LocalizationDocument parse(String text) {
    return format.parse("strings.xml", text.getBytes(UTF_8));
  }

  @Test
  void strings_plurals_and_arrays_are_read_with_escapes_decoded_and_comments_as_notes() {
    var catalog = parse(SOURCE).catalog();
    assertEquals(
        List.of("app", "greet", "prefix", "photos", "sizes/0"),
        catalog.entries().stream().map(e -> e.key()).toList());
    assertEquals("Shown in the title bar [CHAR LIMIT=20]", catalog.get("app").note());
    assertEquals(
        "Hi <xliff:g id=\"name\" example=\"Ann\">%1$s</xliff:g>, it's \"here\"",
        catalog.get("greet").text());
    assertEquals("Re: ", catalog.get("prefix").text());
    assertEquals("{count, plural, one {%d photo} other {%d photos}}", catalog.get("photos").text());
  }

  @Test
  void a_new_target_escapes_as_android_requires_and_parses_without_a_dtd() throws Exception {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("app", "Étagère & photos");
    values.put("greet", "Salut <xliff:g id=\"name\" example=\"Ann\">%1$s</xliff:g>, c'est \"ici\"");
    values.put("prefix", "Réf : ");
    values.put(
        "photos", "{count, plural, one {%d фото} few {%d фото} many {%d фото} other {%d фото}}");
    values.put("sizes/0", "Petit");
    String out = new String(parse(SOURCE).translateInto(Messages.withPlurals(values), "ru"), UTF_8);
    assertEquals(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<resources xmlns:xliff=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
            + "    <string name=\"app\">Étagère &amp; photos</string>\n"
            + "    <string name=\"greet\">Salut <xliff:g id=\"name\" example=\"Ann\">%1$s</xliff:g>, c\\'est \\\"ici\\\"</string>\n"
            + "    <string name=\"prefix\">\"Réf : \"</string>\n"
            + "    <plurals name=\"photos\">\n"
            + "        <item quantity=\"one\">%d фото</item>\n        <item quantity=\"few\">%d фото</item>\n"
            + "        <item quantity=\"many\">%d фото</item>\n        <item quantity=\"other\">%d фото</item>\n"
            + "    </plurals>\n"
            + "    <string-array name=\"sizes\">\n        <item>Petit</item>\n        <item>@string/app</item>\n    </string-array>\n"
            + "</resources>\n",
        out);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.getBytes(UTF_8)));
    assertEquals(
        "Étagère & photos",
        format.parse("values-ru/strings.xml", out.getBytes(UTF_8)).catalog().get("app").text());
  }

  @Test
  void a_doctype_or_external_entity_is_rejected_never_resolved() {
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<resources><string name=\"a\">&x;</string></resources>\n";
    FormatException error = assertThrows(FormatException.class, () -> parse(xxe));
    assertTrue(error.getMessage().startsWith("strings.xml:2:"), error.getMessage());
    assertTrue(error.getMessage().contains("DOCTYPE is not allowed"), error.getMessage());
  }

  @Test
  void malformed_xml_names_its_line_and_column() {
    FormatException error =
        assertThrows(
            FormatException.class,
            () -> parse("<resources>\n  <string name=\"a\">x</strin>\n</resources>\n"));
    assertTrue(error.getMessage().startsWith("strings.xml:2:"), error.getMessage());
  }

  @Test
  void a_resources_file_marked_not_translatable_is_not_translated() {
    LocalizationDocument arrays =
        parse(
            "<resources translatable=\"false\">\n  <string-array name=\"v\"><item>never</item></string-array>\n</resources>\n");
    assertEquals(false, arrays.translatable());
    assertEquals(0, arrays.catalog().size());
    assertEquals(true, parse(SOURCE).translatable());
  }

  @Test
  void languages_become_android_resource_qualifiers() {
    assertEquals("fr", format.localeName("fr"));
    assertEquals("pt-rBR", format.localeName("pt-BR"));
    assertEquals("b+zh+Hant", format.localeName("zh-Hant"));
    assertEquals("b+sr+Latn", format.localeName("sr-Latn"));
    assertEquals("b+zh+Hant+TW", format.localeName("zh-Hant-TW"));
  }

  @Test
  void plurals_are_messages_of_quantities_written_in_cldr_order() {
    var photos =
        (dev.tolk.core.message.Message.Plural) parse(SOURCE).catalog().get("photos").message();
    assertEquals(Map.of("one", "%d photo", "other", "%d photos"), photos.branches());
    assertEquals(dev.tolk.core.message.Dialect.PRINTF, photos.dialect());
  }
}
