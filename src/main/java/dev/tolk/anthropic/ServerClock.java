package dev.tolk.anthropic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The API server's clock against ours, from the {@code date} header of its answers (to the second),
 * so that times the server reports ({@code created_at}) can be compared with times tolk recorded.
 */
public final class ServerClock {
  private final Clock local;
  private volatile Duration offset;

  public ServerClock(Clock local) {
    this.local = local;
  }

  /** Notes an answer's {@code date} header (RFC 1123); anything unreadable is ignored. */
  void observe(String dateHeader) {
    if (dateHeader == null) {
      return;
    }
    try {
      Instant server = DateTimeFormatter.RFC_1123_DATE_TIME.parse(dateHeader, Instant::from);
      offset = Duration.between(local.instant(), server);
    } catch (DateTimeParseException e) {
      // a proxy's odd header: keep what was known
    }
  }

  /** Server time minus local time, once an answer has said; empty before. */
  public Optional<Duration> offset() {
    return Optional.ofNullable(offset);
  }
}
