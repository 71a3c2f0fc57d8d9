package dev.tolk.core.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ways a model damages what must pass through a translation unchanged, each caught by the
 * validator (and so sent back for repair, never written).
 */
class PlaceholderMutationTest {
  private static List<String> check(String source, String translation, Dialect dialect) {
    return MessageCheck.problems(
        new Message.Text(source, dialect), new Message.Text(translation, dialect), "en", "fr");
  }

  private static void caught(String source, String translation, Dialect dialect, String says) {
    List<String> problems = check(source, translation, dialect);
    assertTrue(
        problems.stream().anyMatch(problem -> problem.contains(says)),
        translation + " → " + problems);
  }

  @Test
  void aDroppedLineBreakIsCaught() {
    caught(
        "First line\nSecond line",
        "Première ligne Deuxième ligne",
        Dialect.AUTO,
        "\\n (line break)");
    caught("Name:\tvalue", "Nom : valeur", Dialect.PRINTF, "\\t (tab)");
    assertEquals(
        List.of(),
        check("First line\nSecond line", "Première ligne\nDeuxième ligne", Dialect.AUTO));
    caught("One\nTwo", "Un\n\nDeux", Dialect.AUTO, "unexpected control character \\n (line break)");
  }

  @Test
  void aFullWidthOrSpacedPrintfPlaceholderIsCaught() {
    caught("%1$s of %2$d", "％1$s sur %2$d", Dialect.PRINTF, "missing placeholder %1$s");
    caught("%1$s of %2$d", "% 1$s sur %2$d", Dialect.PRINTF, "missing placeholder %1$s");
  }

  @Test
  void aTranslatedPlaceholderNameIsCaught() {
    caught("{count} files", "{número} archivos", Dialect.AUTO, "{count}");
    caught("%(count)s files", "%(número)s archivos", Dialect.PYTHON_PERCENT, "%(count)s");
  }

  @Test
  void aRemovedAndroidPlaceholderWrapperIsCaught() {
    caught(
        "<xliff:g id=\"count\" example=\"3\">%d</xliff:g> files",
        "%d fichiers", Dialect.PRINTF, "missing tag <xliff:g");
  }

  @Test
  void aLiteralPercentTurnedIntoAPlaceholderStartIsCaught() {
    caught("100%% done in %d s", "100% fait en %d s", Dialect.PRINTF, "missing placeholder %%");
  }
}
