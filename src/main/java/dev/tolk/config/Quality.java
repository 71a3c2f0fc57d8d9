package dev.tolk.config;

import dev.tolk.core.quality.Brief;
import dev.tolk.core.quality.QualityChecks;
import java.util.Map;

/**
 * What tolk.yaml says about translation quality.
 *
 * @param brief what the model is told: context, tone, style, glossary
 * @param checks what the validator checks beyond placeholders, and how strictly
 * @param maxLength key glob to the longest a translation may be (beside what the files declare)
 * @param markForReview whether machine translations are marked for a person's review where the
 *     format has a state for it ({@code review: mark})
 */
public record Quality(
    Brief brief, QualityChecks checks, Map<String, Integer> maxLength, boolean markForReview) {
  public static final Quality DEFAULT =
      new Quality(Brief.NONE, QualityChecks.DEFAULT, Map.of(), false);
}
