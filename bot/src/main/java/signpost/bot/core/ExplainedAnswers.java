package signpost.bot.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.rules.decision.Intent;

/**
 * The answers a chat channel gave, kept in an {@link AnswerStore} for "Why?": the button may be pressed on any replica,
 * not only the one that answered. Each answer is kept without the question asked and for {@link #KEPT_FOR} at most
 * (the {@link #MAX_KEPT} newest); a reply to someone telling of harm has nothing behind "Why?" and is never kept.
 */
public final class ExplainedAnswers {

  public static final Duration KEPT_FOR = FeedbackLog.ISSUED_FOR;
  public static final int MAX_KEPT = 10_000;
  /** Old answers are forgotten by a purge that keeping runs at most this often. */
  static final Duration PURGE_EVERY = Duration.ofMinutes(1);
  private static final Logger LOG = LoggerFactory.getLogger(ExplainedAnswers.class);

  private final AnswerStore store;
  private final Clock clock;
  private final int maxKept;
  private final AtMostEvery purging = new AtMostEvery(PURGE_EVERY);

  public ExplainedAnswers(AnswerStore store, Clock clock) {
    this(store, clock, MAX_KEPT);
  }

  /** Creates a log that keeps at most {@code maxKept} answers, so that tests can reach the bound. */
  ExplainedAnswers(AnswerStore store, Clock clock, int maxKept) {
    this.store = store;
    this.clock = clock;
    this.maxKept = maxKept;
  }

  /**
   * Keeps an answer for "Why?"; one without an id or to someone telling of harm is not kept. When the store fails, the
   * failure is logged and the answer still given: "Why?" then says it no longer has it.
   */
  public void keep(Answer answer) {
    if (answer.id() == null || answer.intent() == Intent.SUPPORT) return;
    Instant now = clock.instant();
    try {
      store.keep(answer.withoutQuestion(), now);
      if (purging.due(now)) store.purge(now.minus(KEPT_FOR), maxKept);
    } catch (RuntimeException e) {
      LOG.warn("Answer {} cannot be explained: it was not kept", LogText.safe(answer.id()), e);
    }
  }

  /** Returns the answer given under this id in the last {@link #KEPT_FOR}, without its question, if it is kept. */
  public Optional<Answer> find(String answerId) {
    return store.find(answerId, clock.instant().minus(KEPT_FOR));
  }

  /** Returns how many answers are kept. */
  public int count() {
    return store.count();
  }

}
