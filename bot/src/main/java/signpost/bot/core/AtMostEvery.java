package signpost.bot.core;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Says when housekeeping that rides on a busy path (forgetting old rows) is due: at most once a period, to one caller,
 * without a lock, so the answers that pass by do not queue behind each other to ask.
 */
public final class AtMostEvery {

  private final Duration period;
  private final AtomicReference<Instant> next = new AtomicReference<>(Instant.MIN);

  public AtMostEvery(Duration period) {
    this.period = period;
  }

  /** Returns true to the one caller that finds it due at {@code now}, and then not again until a period later. */
  public boolean due(Instant now) {
    Instant due = next.get();
    return !now.isBefore(due) && next.compareAndSet(due, now.plus(period));
  }
}
