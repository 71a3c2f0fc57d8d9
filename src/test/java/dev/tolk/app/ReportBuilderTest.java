package dev.tolk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tolk.core.RunAbortedException;
import dev.tolk.core.Unit;
import dev.tolk.core.UnitOutcome;
import dev.tolk.core.UnitRef;
import dev.tolk.core.Usage;
import dev.tolk.core.message.Message;
import dev.tolk.provider.Mode;
import dev.tolk.provider.PseudoProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {
  private static final Unit UNIT = new Unit(new UnitRef("en.json", "/a", "ru"), "A", null);

  private static RunPlan plan(int pending, List<FileProblem> problems) {
    Project project = new Project(null, Path.of("."), 2, List.of(), problems);
    List<Unit> units = java.util.Collections.nCopies(pending, UNIT);
    return new RunPlan(
        project,
        new PseudoProvider(),
        new Mode(false, "few units"),
        units,
        List.of(),
        new PlanCounts(7, 1, 0, 0, List.of("en.json /b [ru]")),
        new LocalChanges(
            List.of(), Map.of(new TargetId("en.json", "ru"), Set.of("/old")), List.of()));
  }

  private static TargetWriter.Written written(UnitOutcome... outcomes) {
    return new TargetWriter.Written(List.of("ru.json"), List.of(outcomes), List.of());
  }

  private static final UnitOutcome TRANSLATED = new UnitOutcome.Translated(UNIT, Message.text("А"));
  private static final UnitOutcome FAILED =
      new UnitOutcome.Failed(UNIT, "invalid: missing placeholder {n}", false);
  private static final UnitOutcome UNAVAILABLE =
      new UnitOutcome.Failed(UNIT, "the API did not answer", true);

  @Test
  void aRunWithEveryUnitWrittenIsOkAndCountsWhatThePlanFound() {
    RunReport report =
        ReportBuilder.of(plan(1, List.of()))
            .outcomes(written(TRANSLATED), Usage.NONE, Usage.NONE)
            .build();
    assertEquals(RunReport.Status.OK, report.status());
    var counts = report.counts();
    assertEquals(
        List.of(2, 1, 1, 7, 0, 1, 1),
        List.of(
            counts.files(),
            counts.pending(),
            counts.translated(),
            counts.upToDate(),
            counts.failed(),
            counts.stale(),
            counts.removed()));
    assertEquals(List.of("en.json /b [ru]"), report.edited());
    assertEquals(List.of("ru.json"), report.written());
    assertEquals("sync", report.execution().mode());
    assertEquals("pseudo", report.execution().provider());
    assertNull(report.aborted());
  }

  @Test
  void aFailedUnitMakesSomeFailedAndAnUnreachableApiOutranksIt() {
    RunReport someFailed =
        ReportBuilder.of(plan(2, List.of()))
            .outcomes(written(TRANSLATED, FAILED), Usage.NONE, Usage.NONE)
            .build();
    assertEquals(RunReport.Status.SOME_FAILED, someFailed.status());
    assertEquals(1, someFailed.counts().failed());
    assertEquals("invalid: missing placeholder {n}", someFailed.failures().get(0).reason());

    RunReport unavailable =
        ReportBuilder.of(plan(2, List.of()))
            .outcomes(written(FAILED, UNAVAILABLE), Usage.NONE, Usage.NONE)
            .build();
    assertEquals(RunReport.Status.API_UNAVAILABLE, unavailable.status());
  }

  @Test
  void aFileThatCouldNotBeReadIsAnInputErrorWhateverElseHappened() {
    RunReport report =
        ReportBuilder.of(plan(1, List.of(new FileProblem("de.json:3:1: expected ','"))))
            .outcomes(written(TRANSLATED), Usage.NONE, Usage.NONE)
            .build();
    assertEquals(RunReport.Status.INPUT_ERROR, report.status());
  }

  @Test
  void aStoppedRunSaysWhyWithTheStatusOfItsCause() {
    RunReport refused =
        ReportBuilder.of(plan(1, List.of()))
            .aborted(
                new RunAbortedException(
                    "the API refused the key", RunAbortedException.Cause.CONFIGURATION, null))
            .build();
    assertEquals(RunReport.Status.CONFIGURATION_ERROR, refused.status());
    assertEquals("the API refused the key", refused.aborted());

    RunReport pending =
        ReportBuilder.of(plan(1, List.of()))
            .batches("run-1", List.of("msgbatch_1"))
            .stopped("batches still processing", RunReport.Status.BATCH_PENDING)
            .build();
    assertEquals(RunReport.Status.BATCH_PENDING, pending.status());
    assertEquals("run-1", pending.run());
    assertEquals(List.of("msgbatch_1"), pending.batches());
  }

  @Test
  void aResumedRunLearnsHowManyUnitsItHadFromItsOutcomes() {
    RunReport report =
        ReportBuilder.of(plan(0, List.of()))
            .outcomes(written(TRANSLATED, TRANSLATED, FAILED), Usage.NONE, Usage.NONE)
            .build();
    assertEquals(3, report.counts().pending());
    assertEquals(2, report.counts().translated());
  }
}
