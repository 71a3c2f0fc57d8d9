package dev.tolk.cli;

import dev.tolk.app.RunReport;
import dev.tolk.core.Usage;
import dev.tolk.provider.Estimate;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints a run report for people: a summary on stdout, problems and failures on stderr. */
final class ReportPrinter {
  private ReportPrinter() {}

  static void print(RunReport report, PrintWriter out, PrintWriter err) {
    print(report, out, err, false);
  }

  /**
   * @param list for a dry run: list every unit it would send
   */
  static void print(RunReport report, PrintWriter out, PrintWriter err, boolean list) {
    report.problems().forEach(problem -> err.println("tolk: " + problem.message()));
    if (report.aborted() != null) {
      err.println("tolk: stopped: " + report.aborted());
    }
    String who =
        report.execution().provider()
            + (report.execution().model() == null ? "" : " " + report.execution().model());
    if (report.execution().dryRun()) {
      printPlan(report, who, out);
      if (list) {
        report.units().forEach(unit -> out.println("  " + unit));
      }
    } else if (report.status() == RunReport.Status.BATCH_PENDING) {
      out.printf(
          "batch run %s submitted and still processing: %s%n",
          report.run(), String.join(", ", report.batches()));
      out.printf("  collect the results with: tolk resume %s%n", report.run());
    } else {
      out.printf(
          "translated %d, up to date %d, failed %d (%s, %s)%n",
          report.counts().translated(),
          report.counts().upToDate(),
          report.counts().failed(),
          report.execution().mode(),
          who);
      Usage usage = report.spend().usage();
      if (usage.requests() > 0) {
        out.printf(
            "  %d requests · input %s · output %s · cache write %s · cache read %s tokens · cost %s%n",
            usage.requests(),
            number(usage.inputTokens()),
            number(usage.outputTokens()),
            number(usage.cacheWriteTokens()),
            number(usage.cacheReadTokens()),
            dollars(report.spend().cost()));
      }
      if (report.spend().batchUsage().requests() > 0) {
        out.printf(
            "  %d of them in batches at the batch price; through the Messages API it would have cost %s%n",
            report.spend().batchUsage().requests(), dollars(report.spend().costIfSynchronous()));
      }
      if (report.run() != null) {
        out.printf("  batch run %s: %s%n", report.run(), String.join(", ", report.batches()));
      }
      if (!report.written().isEmpty()) {
        out.println("  wrote " + written(report));
      }
    }
    printChanges(report, out);
    if (!report.execution().dryRun()) {
      printReview(report.review(), out);
    }
    FailurePrinter.print(report, err);
    out.flush();
    err.flush();
  }

  private static void printChanges(RunReport report, PrintWriter out) {
    if (report.counts().stale() > 0) {
      out.printf(
          "  %d of them changed in the source since they were translated%n",
          report.counts().stale());
    }
    if (report.counts().standIns() > 0) {
      out.printf("  %d of them had only a pseudo-localized stand-in%n", report.counts().standIns());
    }
    if (report.counts().incomplete() > 0) {
      out.printf(
          "  %d of them are plurals that lacked forms their language needs%n",
          report.counts().incomplete());
    }
    if (report.counts().reused() > 0) {
      out.printf(
          "  %s reused (renamed keys, or kept from a run that could not write them): no"
              + " request%n",
          Plurals.count(report.counts().reused(), "translation", "translations"));
    }
    if (report.counts().discarded() > 0) {
      out.printf(
          "  %s for source text that changed after it was sent: not written"
              + " (`tolk run` translates the new text)%n",
          Plurals.count(report.counts().discarded(), "answer was", "answers were"));
    }
    if (report.counts().removed() > 0) {
      out.printf(
          "  %s removed from targets (no longer in the source)%n",
          Plurals.count(report.counts().removed(), "key", "keys"));
    }
    if (!report.edited().isEmpty()) {
      out.printf(
          "  kept %s edited by a person (--force translates them again):%n",
          Plurals.count(report.edited().size(), "translation", "translations"));
      report.edited().stream().limit(20).forEach(edit -> out.println("    " + edit));
      if (report.edited().size() > 20) {
        out.println("    ... (--json lists all)");
      }
    }
  }

  /** "fr.json (12), de.json (12)": each file written, with the translations it got. */
  private static String written(RunReport report) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    report.changes().forEach(change -> counts.put(change.file(), change.translated()));
    return String.join(
        ", ",
        report.written().stream()
            .map(file -> counts.containsKey(file) ? file + " (" + counts.get(file) + ")" : file)
            .toList());
  }

  private static void printReview(RunReport.Review review, PrintWriter out) {
    if (review == null) {
      return;
    }
    out.printf(
        "reviewed %d: %d let stand, %d corrected%n",
        review.reviewed(), review.approved(), review.corrected());
    review.revisions().stream()
        .limit(50)
        .forEach(
            revision ->
                out.printf(
                    "  corrected %s %s [%s]: %s -> %s (%s)%n",
                    revision.file(),
                    revision.key(),
                    revision.language(),
                    revision.before(),
                    revision.after(),
                    revision.reason()));
    if (review.revisions().size() > 50) {
      out.println("  ... (--json lists all)");
    }
  }

  private static void printPlan(RunReport report, String who, PrintWriter out) {
    Estimate estimate = report.spend().estimate();
    boolean review = report.review() != null;
    out.printf(
        "dry run (%s): %d %s in %d files, %d %s%n",
        who,
        report.counts().pending(),
        review ? "translations to review" : "strings to translate",
        report.counts().files(),
        report.counts().upToDate(),
        review ? "reviewed already" : "up to date");
    if (report.execution().model() == null) {
      out.println("  offline: no requests, no cost");
      return;
    }
    out.printf("  mode: %s (%s)%n", report.execution().mode(), report.execution().modeReason());
    out.printf(
        "  %d requests · input %s tokens + %s instruction tokens (cached) · output about %s tokens%n",
        estimate.requests(),
        number(estimate.inputTokens()),
        number(estimate.cachedTokens()),
        number(estimate.outputTokens()));
    out.printf(
        "  estimated cost: %s through the Messages API, %s through the Batch API%n",
        dollars(estimate.synchronousDollars()), dollars(estimate.batchDollars()));
  }

  private static String number(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  private static String dollars(Double value) {
    return value == null
        ? "unknown (no price for this model in the configuration)"
        : String.format(Locale.ROOT, "$%.4f", value);
  }
}
