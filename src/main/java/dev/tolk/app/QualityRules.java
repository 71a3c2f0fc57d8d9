package dev.tolk.app;

import dev.tolk.config.Settings;
import dev.tolk.core.quality.QualityChecks;
import dev.tolk.provider.TranslationProvider;

/** The quality checks a run applies: a stand-in provider's output is Latin on purpose. */
final class QualityRules {
  private QualityRules() {}

  static QualityChecks checks(Settings settings, TranslationProvider provider) {
    QualityChecks checks = settings.quality().checks();
    return provider.standIn() ? checks.forStandIns() : checks;
  }
}
