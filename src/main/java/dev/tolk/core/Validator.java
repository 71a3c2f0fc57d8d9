package dev.tolk.core;

import dev.tolk.core.message.Message;
import dev.tolk.core.message.MessageCheck;
import dev.tolk.core.quality.QualityChecks;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks one translation against its source before it may reach a file: not empty, the same
 * placeholders, tags and ICU arguments (printf without positions in the same order), a valid ICU
 * message where the source is one, and plural branches in the target language's categories, each
 * compared with the source branch it translates; then the project's quality checks (glossary,
 * length limit, script), which may only warn.
 */
public final class Validator {
  private final QualityChecks quality;

  public Validator() {
    this(QualityChecks.DEFAULT);
  }

  public Validator(QualityChecks quality) {
    this.quality = quality;
  }

  /**
   * Everything found about a unit's translation.
   *
   * @param problems make it invalid
   * @param warnings are reported with it
   */
  public QualityChecks.Findings judge(
      Unit unit, Message translation, String sourceLanguage, String targetLanguage) {
    List<String> problems =
        new ArrayList<>(check(unit.message(), translation, sourceLanguage, targetLanguage));
    QualityChecks.Findings found = quality.check(unit, translation, targetLanguage);
    if (problems.isEmpty() && found.isEmpty()) {
      return QualityChecks.Findings.NONE;
    }
    problems.addAll(found.problems());
    return new QualityChecks.Findings(List.copyOf(problems), found.warnings());
  }

  /**
   * The problems found, each a short phrase for a report or a repair request; empty when valid.
   *
   * @param sourceLanguage null when unknown
   * @param targetLanguage null: plural categories are not checked
   */
  public List<String> check(
      Message source, Message translation, String sourceLanguage, String targetLanguage) {
    return MessageCheck.problems(source, translation, sourceLanguage, targetLanguage);
  }

  /** Two texts of no declared dialect, plural categories not checked. */
  public List<String> check(String source, String translation) {
    return check(Message.text(source), Message.text(translation), null, null);
  }

  /** Two texts of no declared dialect, with the target language's plural categories. */
  public List<String> check(String source, String translation, String language) {
    return check(Message.text(source), Message.text(translation), null, language);
  }
}
