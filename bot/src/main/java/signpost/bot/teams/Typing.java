package signpost.bot.teams;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.bot.logging.RequestId;

/**
 * Shows Signpost typing in a conversation only when its answer is slow, as the Bot Framework SDK's
 * {@code ShowTypingMiddleware} does: an answer ready within {@link #AFTER} (nearly all of them) goes out alone, one
 * call to the Bot Connector instead of two; a slower one has the typing indicator shown first. {@link #close}, once
 * the answer is ready and before it is sent, cancels the indicator or waits for it to be sent, so it never follows the
 * answer. The indicator is shown on one timer thread for the whole server; a failure to show it is logged, never the
 * turn's failure.
 */
final class Typing implements AutoCloseable {

  /** How long an answer may take before Signpost shows it is typing: the SDK middleware's default delay. */
  static final Duration AFTER = Duration.ofMillis(500);

  private static final Logger LOG = LoggerFactory.getLogger(Typing.class);
  private static final ScheduledThreadPoolExecutor TIMER = timer();

  private final Turn turn;
  private boolean closed;
  private final ScheduledFuture<?> timer;

  private Typing(Turn turn, Duration after) {
    this.turn = turn;
    this.timer = TIMER.schedule(RequestId.carried(this::show), after.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** Shows Signpost typing in the turn's conversation if {@link #close} has not been called within {@code after}. */
  static Typing after(Turn turn, Duration after) {
    return new Typing(turn, after);
  }

  private synchronized void show() {
    if (closed) return;
    try {
      turn.typing();
    } catch (RuntimeException e) {
      LOG.info("Teams: the typing indicator was not shown: {}", e.toString());
    }
  }

  private static ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "signpost-teams-typing");
      thread.setDaemon(true);
      return thread;
    });
    // A cancelled indicator leaves the queue at once, not when it would have been due.
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }

  /** Cancels the indicator, or returns once it has been sent when it is being sent. */
  @Override
  public synchronized void close() {
    closed = true;
    timer.cancel(false);
  }
}
