package dev.tolk.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tolk.format.xliff.XliffFormat;
import dev.tolk.support.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XliffFormatTest {
  private static final String V12 =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
          + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
          + "  <file source-language=\"en\" datatype=\"plaintext\" original=\"ng2.template\">\n"
          + "    <body>\n"
          + "      <trans-unit id=\"greet\" datatype=\"html\">\n"
          + "        <source>Hello <x id=\"INTERPOLATION\" equiv-text=\"{{ name }}\"/> &amp; welcome</source>\n"
          + "        <note priority=\"1\" from=\"description\">Home page greeting</note>\n"
          + "      </trans-unit>\n"
          + "      <trans-unit id=\"brand\" translate=\"no\">\n"
          + "        <source>Kubernetes</source>\n"
          + "      </trans-unit>\n"
          + "    </body>\n"
          + "  </file>\n"
          + "</xliff>\n";

  private static final String V20 =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
          + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"en\">\n"
          + "  <file id=\"messages.en\">\n"
          + "    <unit id=\"a1\" name=\"error.help\">\n"
          + "      <segment state=\"translated\">\n"
          + "        <source>error.help</source>\n"
          + "        <target><![CDATA[Try again or <a href=\"%url%\">go home</a>.]]></target>\n"
          + "      </segment>\n"
          + "    </unit>\n"
          + "  </file>\n"
          + "</xliff>\n";

  private final XliffFormat format = new XliffFormat();

  private LocalizationDocument parse(String name, String text) {
    return format.parse(name, text.getBytes(UTF_8));
  }

  @Test
  void a_template_gives_sources_with_inline_elements_and_notes_and_skips_translate_no() {
    var catalog = parse("messages.xlf", V12).catalog();
    assertEquals(List.of("greet"), catalog.entries().stream().map(e -> e.key()).toList());
    assertEquals(
        "Hello <x id=\"INTERPOLATION\" equiv-text=\"{{ name }}\"/> & welcome",
        catalog.get("greet").text());
    assertEquals("Home page greeting", catalog.get("greet").note());
  }

  @Test
  void a_new_1_2_target_names_its_language_and_adds_targets_after_sources() {
    Map<String, String> values =
        Map.of("greet", "Bonjour <x id=\"INTERPOLATION\" equiv-text=\"{{ name }}\"/> & bienvenue");
    String out =
        new String(parse("messages.xlf", V12).translateInto(Messages.of(values), "fr"), UTF_8);
    assertEquals(
        V12.replace("source-language=\"en\"", "source-language=\"en\" target-language=\"fr\"")
            .replace(
                "&amp; welcome</source>\n",
                "&amp; welcome</source>\n        <target>Bonjour <x id=\"INTERPOLATION\" equiv-text=\"{{ name }}\"/> &amp; bienvenue</target>\n"),
        out);
    assertEquals(values.get("greet"), parse("messages.fr.xlf", out).catalog().get("greet").text());
  }

  @Test
  void a_2_0_file_with_its_text_in_targets_keeps_cdata_and_state() {
    var source = parse("messages.en.xlf", V20);
    assertEquals("Try again or <a href=\"%url%\">go home</a>.", source.catalog().get("a1").text());
    Map<String, String> values = new LinkedHashMap<>();
    values.put("a1", "Réessayez ou <a href=\"%url%\">revenez à l'accueil</a>.");
    String out = new String(source.translateInto(Messages.of(values), "fr"), UTF_8);
    assertEquals(
        V20.replace("trgLang=\"en\"", "trgLang=\"fr\"")
            .replace(
                "Try again or <a href=\"%url%\">go home</a>.",
                "Réessayez ou <a href=\"%url%\">revenez à l'accueil</a>."),
        out);
  }

  @Test
  void units_that_still_need_translating_count_as_missing() {
    String target =
        V12.replace("source-language=\"en\"", "source-language=\"en\" target-language=\"de\"")
            .replace(
                "welcome</source>\n",
                "welcome</source>\n        <target state=\"needs-translation\">Hallo</target>\n");
    LocalizationDocument document = parse("messages.de.xlf", target);
    assertEquals(0, document.catalog().size());
    String out =
        new String(
            document.update(
                Messages.of(Map.of("greet", "Hallo und willkommen")), parse("messages.xlf", V12)),
            UTF_8);
    assertEquals(
        target.replace(
            "<target state=\"needs-translation\">Hallo</target>",
            "<target state=\"translated\">Hallo und willkommen</target>"),
        out);
  }
}
