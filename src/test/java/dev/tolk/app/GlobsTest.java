package dev.tolk.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlobsTest {
  @Test
  void keyGlobsMatchAcrossSlashesAndQuoteEverythingElse() {
    var settings = Globs.keys("/settings/*");
    assertTrue(settings.test("/settings/account/delete"));
    assertFalse(settings.test("/home/title"));
    var dotted = Globs.keys("app.title?");
    assertTrue(dotted.test("app.title2"));
    assertFalse(dotted.test("appxtitle2"), "a dot is a dot, not any character");
    assertTrue(Globs.keys(null).test("anything"));
    assertTrue(Globs.keys(" ").test("anything"));
  }

  @Test
  void pathGlobsAreTheFileSystemsOverRelativePaths() {
    var locales = Globs.paths("config/locales/*.yml");
    assertTrue(locales.test("config/locales/en.yml"));
    assertFalse(locales.test("config/locales/admin/en.yml"));
    assertTrue(Globs.paths("**/*.json").test("web/src/i18n/en.json"));
  }
}
