package dev.tolk.core.quality;

import dev.tolk.core.Unit;
import dev.tolk.core.message.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The checks beyond placeholders and plurals: the glossary (a kept term stays as it is, a fixed
 * term gets its fixed translation), the length limit (an invalid answer: a longer text does not
 * fit; only a stand-in's is a warning), and the script (an answer in the wrong language). What each
 * finding does is configurable: a warning in the report, or an invalid answer that gets a repair
 * request.
 */
public record QualityChecks(
    Glossary glossary, Strictness glossaryCheck, Strictness scriptCheck, Strictness lengthCheck) {
  public static final QualityChecks DEFAULT =
      new QualityChecks(Glossary.NONE, Strictness.WARN, Strictness.WARN, Strictness.REJECT);

  /** A longer text does not fit: a length limit rejects unless said otherwise. */
  public QualityChecks(Glossary glossary, Strictness glossaryCheck, Strictness scriptCheck) {
    this(glossary, glossaryCheck, scriptCheck, Strictness.REJECT);
  }

  /**
   * @param problems make the answer invalid
   * @param warnings are reported with a translation that is written
   */
  public record Findings(List<String> problems, List<String> warnings) {
    public static final Findings NONE = new Findings(List.of(), List.of());

    public boolean isEmpty() {
      return problems.isEmpty() && warnings.isEmpty();
    }
  }

  /**
   * The checks for stand-ins (pseudo-localization): Latin on purpose, and longer on purpose (to
   * show where a layout overflows), so the script check is off and a length limit only warns.
   */
  public QualityChecks forStandIns() {
    return new QualityChecks(glossary, glossaryCheck, Strictness.OFF, Strictness.WARN);
  }

  public Findings check(Unit unit, Message translation, String targetLanguage) {
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    String source = unit.text();
    String text = translation.canonical();
    List<String> kept = glossary.keptIn(source);
    List<String> glossaryFindings = new ArrayList<>();
    for (String term : kept) {
      if (!Terms.occurs(term, text)) {
        glossaryFindings.add("keep '" + term + "' exactly as it is (glossary)");
      }
    }
    for (Map.Entry<String, String> term : glossary.termsIn(source, targetLanguage).entrySet()) {
      if (!Terms.occurs(term.getValue(), text)) {
        glossaryFindings.add(
            "translate '" + term.getKey() + "' as '" + term.getValue() + "' (glossary)");
      }
    }
    sort(glossaryCheck, glossaryFindings, problems, warnings);
    // parsing a message is the costly part: only for a unit that has a limit, a check that is on
    String tooLong =
        unit.maxLength() == null ? null : LengthLimit.problem(translation.tree(), unit.maxLength());
    if (tooLong != null) {
      sort(lengthCheck, List.of(tooLong), problems, warnings);
    }
    String script =
        scriptCheck == Strictness.OFF
            ? null
            : ScriptCheck.problem(unit.message(), translation, targetLanguage, kept);
    if (script != null) {
      sort(scriptCheck, List.of(script), problems, warnings);
    }
    return problems.isEmpty() && warnings.isEmpty()
        ? Findings.NONE
        : new Findings(List.copyOf(problems), List.copyOf(warnings));
  }

  private static void sort(
      Strictness strictness, List<String> found, List<String> problems, List<String> warnings) {
    if (strictness == Strictness.REJECT) {
      problems.addAll(found);
    } else if (strictness == Strictness.WARN) {
      warnings.addAll(found);
    }
  }
}
