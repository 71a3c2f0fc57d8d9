package dev.tolk.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tolk.support.FakeTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private final FakeTime time = new FakeTime();

  @Test
  void parses_like_the_sdks() {
    assertEquals(Duration.ofSeconds(20), RetryAfter.parse(null, "20", time));
    assertEquals(Duration.ofMillis(1234), RetryAfter.parse(null, "1.234", time));
    assertEquals(
        Duration.ofMillis(250), RetryAfter.parse("250", "20", time), "retry-after-ms wins");
    assertNull(RetryAfter.parse(null, "0", time));
    assertNull(RetryAfter.parse(null, "-10", time));
    assertNull(RetryAfter.parse(null, "soon", time));
    assertNull(RetryAfter.parse(null, null, time));
    assertEquals(
        Duration.ofSeconds(30), RetryAfter.parse(null, "Sat, 21 Nov 2026 10:00:30 GMT", time));
    assertNull(RetryAfter.parse(null, "Sat, 21 Nov 2026 09:00:00 GMT", time), "a date in the past");
  }
}
