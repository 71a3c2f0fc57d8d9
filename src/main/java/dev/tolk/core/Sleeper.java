package dev.tolk.core;

import java.time.Duration;

/** Waits; injected so that tests of retries, rate limits and polling never sleep for real. */
@FunctionalInterface
public interface Sleeper {
  Sleeper SYSTEM =
      duration -> {
        if (!duration.isNegative() && !duration.isZero()) {
          Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }
      };

  void sleep(Duration duration) throws InterruptedException;
}
