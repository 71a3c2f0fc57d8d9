package dev.tolk.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EditPlanTest {
  private static final String TEXT = "a = 1\r\nb = 2\r\nc = 3\r\n";

  @Test
  void replacesInsertsAndDeletesInOnePassKeepingEveryOtherCharacter() {
    EditPlan plan = new EditPlan(TEXT);
    plan.replace(TEXT.indexOf('2'), TEXT.indexOf('2') + 1, "two");
    plan.deleteLines(TEXT.indexOf("a ="), TEXT.indexOf("a =") + 3);
    plan.insert(TEXT.length(), "d = 4\r\n");
    assertEquals("b = two\r\nc = 3\r\nd = 4\r\n", plan.apply());
  }

  @Test
  void insertionsAtOneOffsetKeepTheOrderTheyWereAddedIn() {
    EditPlan plan = new EditPlan(TEXT);
    int afterA = TEXT.indexOf("b =");
    assertFalse(plan.insertsAt(afterA));
    plan.insert(afterA, "x = 1\r\n").insert(afterA, "y = 2\r\n");
    assertTrue(plan.insertsAt(afterA));
    assertEquals("a = 1\r\nx = 1\r\ny = 2\r\nb = 2\r\nc = 3\r\n", plan.apply());
  }

  @Test
  void anInsertionBeforeAReplacementAtTheSameOffsetComesFirst() {
    EditPlan plan = new EditPlan("value");
    plan.replace(0, 5, "VALUE").insert(0, ">");
    assertEquals(">VALUE", plan.apply());
  }

  @Test
  void deletingTheLastLineWithoutATerminatorDeletesToTheEnd() {
    String text = "one\ntwo";
    assertEquals("one\n", new EditPlan(text).deleteLines(4, 7).apply());
  }

  @Test
  void aWindowedPlanGivesItsPartEditedInTheWholeTextsOffsets() {
    String text = "<a>old</a><b>keep</b>";
    EditPlan plan = new EditPlan(text, 0, 10).replace(3, 6, "new");
    assertEquals("<a>new</a>", plan.apply());
  }

  @Test
  void linesFindStartsNextLinesIndentationAndTerminators() {
    String text = "k:\n  v: 1\r\n";
    int v = text.indexOf('v');
    assertEquals(3, Lines.start(text, v));
    assertEquals(text.length(), Lines.next(text, v));
    assertEquals(3, Lines.next(text, 3), "an offset that starts a line is its own next line");
    assertEquals("  ", Lines.indentation(text, v));
    assertEquals("", Lines.indentation(text, v + 1));
    assertEquals(text.length() - 2, Lines.withoutTerminator(text, text.length()));
  }
}
