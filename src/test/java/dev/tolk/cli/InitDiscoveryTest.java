package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.support.Tolk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tolk init on small copies of real layouts: a tolk.yaml that works as written. */
class InitDiscoveryTest {
  @TempDir Path project;

  private void write(String path, String text) throws IOException {
    Files.createDirectories(project.resolve(path).getParent());
    Files.writeString(project.resolve(path), text);
  }

  private String read(String path) throws IOException {
    return Files.readString(project.resolve(path));
  }

  /** init, then a pseudo run: every language it found gets every string. */
  private Tolk.Result initAndRun(String expectedTargets) throws IOException {
    Tolk tolk = new Tolk(project);
    Tolk.Result init = tolk.run("init");
    assertEquals(0, init.exitCode(), init.toString());
    assertTrue(read("tolk.yaml").contains("targets: [" + expectedTargets + "]"), read("tolk.yaml"));
    assertTrue(read(".gitignore").lines().anyMatch(".tolk/"::equals), read(".gitignore"));
    Tolk.Result run = tolk.run("run", "--provider", "pseudo", "--force");
    assertEquals(0, run.exitCode(), run.toString());
    Tolk.Result status = tolk.run("status", "--json");
    assertEquals(0, status.exitCode(), status.toString());
    return init;
  }

  @Test
  void rails() throws IOException {
    write("config/locales/en.yml", "en:\n  hello: \"Hello\"\n  bye: \"Bye %{name}\"\n");
    write("config/locales/fr.yml", "fr:\n  hello: \"Bonjour\"\n");
    Tolk.Result init = initAndRun("fr");
    assertTrue(init.out().contains("Rails: config/locales/en.yml"), init.out());
    assertTrue(read("tolk.yaml").contains("output: config/locales/{lang}.yml"));
    assertTrue(read("config/locales/fr.yml").contains("bye:"), read("config/locales/fr.yml"));
  }

  @Test
  void android_with_regions_and_other_resource_qualifiers() throws IOException {
    String strings = "<resources>\n  <string name=\"hi\">Hello</string>\n</resources>\n";
    write("app/src/main/res/values/strings.xml", strings);
    write("app/src/main/res/values-de/strings.xml", strings);
    write("app/src/main/res/values-pt-rBR/strings.xml", strings);
    write("app/src/main/res/values-night/strings.xml", strings);
    Tolk.Result init = initAndRun("de, pt-BR");
    assertTrue(init.out().contains("Android: app/src/main/res/values/strings.xml"), init.out());
  }

  @Test
  void django_po_sources_work_without_renaming_to_pot() throws IOException {
    String po =
        "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
            + "#: shop/views.py:3\nmsgid \"Your cart is empty\"\nmsgstr \"\"\n";
    write("shop/locale/en/LC_MESSAGES/django.po", po);
    write("shop/locale/pt_BR/LC_MESSAGES/django.po", po);
    initAndRun("pt-BR");
    assertTrue(read("tolk.yaml").contains("output: shop/locale/{lang}/LC_MESSAGES/django.po"));
    String brazilian = read("shop/locale/pt_BR/LC_MESSAGES/django.po");
    assertTrue(brazilian.contains("msgid \"Your cart is empty\"\nmsgstr \"["), brazilian);
  }

  @Test
  void i18next_namespaces() throws IOException {
    write("public/locales/en/common.json", "{\"title\": \"Hello\"}\n");
    write("public/locales/ja/common.json", "{}\n");
    initAndRun("ja");
    assertTrue(read("public/locales/ja/common.json").contains("title"));
  }

  @Test
  void flutter_arb() throws IOException {
    write("lib/l10n/app_en.arb", "{\"@@locale\": \"en\", \"hello\": \"Hello\"}\n");
    write("lib/l10n/app_ar.arb", "{\"@@locale\": \"ar\"}\n");
    initAndRun("ar");
    assertTrue(read("lib/l10n/app_ar.arb").contains("hello"));
  }

  @Test
  void nothing_found_gives_a_commented_template_and_an_existing_config_is_kept()
      throws IOException {
    Tolk.Result init = new Tolk(project).run("init", "-t", "ja,ru");
    assertEquals(0, init.exitCode(), init.toString());
    assertTrue(init.out().contains("found no localization files"), init.out());
    assertTrue(read("tolk.yaml").contains("targets: [ja, ru]"));
    write(".gitignore", "build/\n.tolk/\n");
    Tolk.Result again = new Tolk(project).run("init");
    assertEquals(ExitCodes.USAGE, again.exitCode());
    assertEquals("build/\n.tolk/\n", read(".gitignore"));
  }
}
