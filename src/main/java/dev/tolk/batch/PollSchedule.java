package dev.tolk.batch;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How often batches are checked: every poll interval at first, twice as long after 10 minutes and
 * four times after an hour (most batches end within an hour; the rest may take up to a day), but
 * never more than 10 minutes apart unless the interval itself is longer. Each wait is shortened by
 * a random part of up to a fifth, as the SDKs jitter their retries, so that many runs started
 * together do not poll in step.
 *
 * @param jitter a random number in [0, 1) per wait
 */
record PollSchedule(Duration base, DoubleSupplier jitter) {
  private static final Duration CAP = Duration.ofMinutes(10);
  private static final double MAX_JITTER = 0.2;

  PollSchedule(Duration base) {
    this(base, () -> ThreadLocalRandom.current().nextDouble());
  }

  Duration interval(Duration elapsed) {
    Duration interval =
        elapsed.compareTo(Duration.ofMinutes(10)) < 0
            ? base
            : elapsed.compareTo(Duration.ofHours(1)) < 0
                ? base.multipliedBy(2)
                : base.multipliedBy(4);
    Duration capped = interval.compareTo(CAP) > 0 && base.compareTo(CAP) <= 0 ? CAP : interval;
    long millis = capped.toMillis();
    return Duration.ofMillis(millis - Math.round(millis * MAX_JITTER * jitter.getAsDouble()));
  }
}
