package signpost.bot.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock shifted by what a test sets: a server started on it dates what it keeps days back, then runs on
 * time again, while tokens signed at the real time still verify.
 */
public final class ShiftedClock extends Clock {

  private volatile Duration shift = Duration.ZERO;

  /** Sets how far from the system clock this one runs (negative: behind). */
  public void shift(Duration by) {
    shift = by;
  }

  @Override
  public ZoneOffset getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(shift);
  }
}
