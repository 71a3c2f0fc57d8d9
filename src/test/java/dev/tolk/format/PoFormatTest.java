package dev.tolk.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.format.po.PoFormat;
import dev.tolk.support.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoFormatTest {
  private static final String TEMPLATE =
      "# Title\n#, fuzzy\nmsgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=CHARSET\\n\"\n\"Language: \\n\"\n"
          + "\"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n\"\n\n"
          + "#. Menu entry\n#: main.c:10\nmsgctxt \"menu\"\nmsgid \"Open\"\nmsgstr \"\"\n\n"
          + "#, c-format\nmsgid \"%d file deleted\"\nmsgid_plural \"%d files deleted\"\nmsgstr[0] \"\"\nmsgstr[1] \"\"\n\n"
          + "msgid \"\"\n\"Line one\\n\"\n\"Line two\"\nmsgstr \"\"\n";

  @TempDir Path folder;
  private final PoFormat format = new PoFormat();

  private LocalizationDocument parse(String name, String text) {
    return format.parse(name, text.getBytes(UTF_8));
  }

  @Test
  void a_template_gives_context_comments_and_plurals_to_translate() {
    var catalog = parse("messages.pot", TEMPLATE).catalog();
    assertEquals(
        List.of("menu\u0004Open", "%d file deleted", "Line one\nLine two"),
        catalog.entries().stream().map(e -> e.key()).toList());
    assertEquals("context: menu\nMenu entry", catalog.get("menu\u0004Open").note());
    assertEquals(
        "{count, plural, one {%d file deleted} other {%d files deleted}}",
        catalog.get("%d file deleted").text());
  }

  @Test
  void a_new_russian_file_has_its_header_and_three_plural_forms_and_passes_msgfmt()
      throws Exception {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("menu\u0004Open", "Открыть");
    values.put(
        "%d file deleted",
        "{n, plural, one {%d файл удалён} few {%d файла удалено} many {%d файлов удалено} other {%d файла удалено}}");
    values.put("Line one\nLine two", "Строка один\nСтрока два");
    String out =
        new String(
            parse("messages.pot", TEMPLATE).translateInto(Messages.withPlurals(values), "ru"),
            UTF_8);
    assertTrue(
        out.startsWith(
            "# Title\nmsgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: ru\\n\"\n\"Plural-Forms: nplurals=3; plural=(n % 10 == 1"),
        out);
    assertTrue(
        out.contains(
            "msgstr[0] \"%d файл удалён\"\nmsgstr[1] \"%d файла удалено\"\nmsgstr[2] \"%d файлов удалено\"\n"),
        out);
    assertTrue(out.contains("msgstr \"\"\n\"Строка один\\n\"\n\"Строка два\"\n"), out);
    assertMsgfmtAccepts(out);
    var back = format.parse("ru.po", out.getBytes(UTF_8)).catalog();
    assertEquals("Открыть", back.get("menu\u0004Open").text());
  }

  @Test
  void fuzzy_entries_count_as_missing_and_lose_the_flag_obsolete_entries_stay() {
    String po =
        "msgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\"Plural-Forms: nplurals=2; plural=(n > 1);\\n\"\n\n"
            + "#, fuzzy, c-format\nmsgid \"%d file deleted\"\nmsgid_plural \"%d files deleted\"\nmsgstr[0] \"%d fichier\"\nmsgstr[1] \"%d fichiers\"\n\n"
            + "#~ msgid \"Old\"\n#~ msgstr \"Vieux\"\n";
    LocalizationDocument target = parse("fr.po", po);
    assertEquals(1, target.catalog().size());
    assertTrue(
        target.catalog().entries().get(0).provisional(), "a fuzzy translation is provisional");
    assertNull(
        dev.tolk.core.Planner.current(target.catalog(), "%d file deleted", null),
        "and as good as missing unless tolk wrote it");
    Map<String, String> values = new LinkedHashMap<>();
    values.put(
        "%d file deleted",
        "{n, plural, one {%d fichier supprimé} many {%d de fichiers supprimés} other {%d fichiers supprimés}}");
    values.put("menu\u0004Open", "Ouvrir");
    String out =
        new String(
            target.update(Messages.withPlurals(values), parse("messages.pot", TEMPLATE)), UTF_8);
    assertEquals(
        "msgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\"Plural-Forms: nplurals=2; plural=(n > 1);\\n\"\n\n"
            + "#. Menu entry\n#: main.c:10\nmsgctxt \"menu\"\nmsgid \"Open\"\nmsgstr \"Ouvrir\"\n\n"
            + "#, c-format\nmsgid \"%d file deleted\"\nmsgid_plural \"%d files deleted\"\nmsgstr[0] \"%d fichier supprimé\"\nmsgstr[1] \"%d fichiers supprimés\"\n\n"
            + "#~ msgid \"Old\"\n#~ msgstr \"Vieux\"\n",
        out);
  }

  @Test
  void a_broken_plural_forms_header_and_duplicate_messages_are_errors_with_their_line() {
    FormatException header =
        assertThrows(
            FormatException.class,
            () ->
                parse(
                    "de.po",
                    "msgid \"\"\nmsgstr \"Plural-Forms: nplurals=2; plural=(n !! 1);\\n\"\n"));
    assertTrue(
        header.getMessage().startsWith("de.po:1:1: invalid Plural-Forms header"),
        header.getMessage());
    FormatException duplicate =
        assertThrows(
            FormatException.class,
            () -> parse("de.po", "msgid \"a\"\nmsgstr \"\"\n\nmsgid \"a\"\nmsgstr \"\"\n"));
    assertEquals("de.po:4:1: duplicate message 'a' (first at line 1)", duplicate.getMessage());
    FormatException syntax =
        assertThrows(FormatException.class, () -> parse("de.po", "msgid \"a\"\nmsgstring \"\"\n"));
    assertTrue(
        syntax
            .getMessage()
            .startsWith("de.po:2:1: expected msgctxt, msgid, msgid_plural or msgstr"),
        syntax.getMessage());
  }

  private void assertMsgfmtAccepts(String po) throws Exception {
    boolean installed;
    try {
      installed = new ProcessBuilder("msgfmt", "--version").start().waitFor() == 0;
    } catch (java.io.IOException e) {
      installed = false;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(
        installed, "gettext's msgfmt is not installed (.ci/run installs it)");
    Path file = folder.resolve("ru.po");
    Files.writeString(file, po);
    Process msgfmt =
        new ProcessBuilder("msgfmt", "--check", "-o", "/dev/null", file.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(msgfmt.getInputStream().readAllBytes(), UTF_8);
    assertTrue(msgfmt.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, msgfmt.exitValue(), output);
  }

  @Test
  void each_entry_declares_its_placeholder_dialect_by_its_flags() {
    String template =
        "msgid \"\"\nmsgstr \"\"\n\n#, python-brace-format\nmsgid \"'{action}' failed\"\nmsgstr \"\"\n\n"
            + "#, python-format\nmsgid \"%(n)s items\"\nmsgstr \"\"\n\n#, c-format\nmsgid \"%s here\"\nmsgstr \"\"\n\nmsgid \"plain\"\nmsgstr \"\"\n";
    var catalog = parse("messages.pot", template).catalog();
    assertEquals(
        dev.tolk.core.message.Dialect.PYTHON_BRACE,
        catalog.get("'{action}' failed").message().dialect());
    assertEquals(
        dev.tolk.core.message.Dialect.PYTHON_PERCENT,
        catalog.get("%(n)s items").message().dialect());
    assertEquals(dev.tolk.core.message.Dialect.PRINTF, catalog.get("%s here").message().dialect());
    assertEquals(dev.tolk.core.message.Dialect.AUTO, catalog.get("plain").message().dialect());
  }

  @Test
  void a_new_brazilian_file_names_its_language_as_gettext_does() {
    String out =
        new String(
            parse("messages.pot", TEMPLATE)
                .translateInto(Messages.withPlurals(Map.of("menu\u0004Open", "Abrir")), "pt-BR"),
            UTF_8);
    assertTrue(out.contains("\"Language: pt_BR\\n\""), out);
    assertEquals("pt_BR", format.localeName("pt-BR"));
  }
}
