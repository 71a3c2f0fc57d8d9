package dev.tolk.app;

import java.util.List;

/**
 * What planning found, counted for the report.
 *
 * @param upToDate units whose translation is current
 * @param stale pending units whose source changed since they were translated
 * @param standIns pending units that only had a stand-in (pseudo-localized) translation
 * @param incomplete pending units whose plural lacked forms their language needs
 * @param edited translations a person changed since tolk wrote them ("file key [lang]"): kept
 */
record PlanCounts(int upToDate, int stale, int standIns, int incomplete, List<String> edited) {
  static final PlanCounts NONE = new PlanCounts(0, 0, 0, 0, List.of());
}
