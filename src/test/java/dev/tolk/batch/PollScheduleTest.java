package dev.tolk.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollScheduleTest {
  @Test
  void pollsLessOftenAsTheWaitGrowsButNeverMoreThanTenMinutesApart() {
    PollSchedule schedule = new PollSchedule(Duration.ofSeconds(60), () -> 0);
    assertEquals(Duration.ofSeconds(60), schedule.interval(Duration.ofMinutes(9)));
    assertEquals(Duration.ofSeconds(120), schedule.interval(Duration.ofMinutes(10)));
    assertEquals(Duration.ofSeconds(240), schedule.interval(Duration.ofHours(2)));
    PollSchedule slow = new PollSchedule(Duration.ofMinutes(4), () -> 0);
    assertEquals(Duration.ofMinutes(10), slow.interval(Duration.ofHours(3)), "capped");
  }

  @Test
  void anIntervalLongerThanTheCapIsKeptAsGiven() {
    PollSchedule hourly = new PollSchedule(Duration.ofHours(1), () -> 0);
    assertEquals(Duration.ofHours(1), hourly.interval(Duration.ZERO));
    assertEquals(Duration.ofHours(4), hourly.interval(Duration.ofHours(2)));
  }

  @Test
  void eachWaitIsShortenedByARandomPartOfUpToAFifth() {
    Duration base = Duration.ofSeconds(60);
    assertEquals(Duration.ofSeconds(60), new PollSchedule(base, () -> 0).interval(Duration.ZERO));
    assertEquals(Duration.ofSeconds(54), new PollSchedule(base, () -> 0.5).interval(Duration.ZERO));
    assertEquals(
        Duration.ofMillis(48_006), new PollSchedule(base, () -> 0.9995).interval(Duration.ZERO));
    PollSchedule random = new PollSchedule(base);
    long distinct =
        java.util.stream.IntStream.range(0, 20)
            .mapToObj(i -> random.interval(Duration.ZERO))
            .distinct()
            .count();
    assertTrue(distinct > 1, "waits vary");
  }
}
