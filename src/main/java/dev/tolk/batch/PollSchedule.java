package dev.tolk.batch;

import java.time.Duration;

/**
 * How often batches are checked: every poll interval at first, twice as long after 10 minutes and
 * four times after an hour (most batches end within an hour; the rest may take up to a day), but
 * never more than 10 minutes apart unless the interval itself is longer.
 */
record PollSchedule(Duration base) {
  private static final Duration CAP = Duration.ofMinutes(10);

  Duration interval(Duration elapsed) {
    Duration interval =
        elapsed.compareTo(Duration.ofMinutes(10)) < 0
            ? base
            : elapsed.compareTo(Duration.ofHours(1)) < 0
                ? base.multipliedBy(2)
                : base.multipliedBy(4);
    return interval.compareTo(CAP) > 0 && base.compareTo(CAP) <= 0 ? CAP : interval;
  }
}
