package signpost.bot.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps ratings in a {@link FeedbackStore}, so they outlive a restart and every replica sees them, and logs each one
 * (question id, rating, channel: nothing personal). A rating is accepted only for an answer given in the last
 * {@link #ISSUED_FOR}, and each person rates an answer once: rating it again replaces their rating. Slack and Teams
 * answers carry {@linkplain SignedAnswerIds signed ids}, which say when they were given and need no row; the web
 * chat's and the API's ids are chosen by the caller, so they are kept in the store as they are given, and rated only
 * among the most recent {@link #MAX_ISSUED}. At most {@link #MAX_KEPT} ratings are kept, the oldest dropped first. Who
 * rated is kept only as a keyed hash, and only to tell a second rating from a first.
 */
public final class FeedbackLog {

  public static final int MAX_ISSUED = 10_000;
  public static final int MAX_KEPT = 10_000;
  public static final Duration ISSUED_FOR = Duration.ofDays(1);
  private static final Logger LOG = LoggerFactory.getLogger(FeedbackLog.class);

  /** What became of a rating. */
  public enum Outcome {
    /** Kept, in place of the same person's earlier rating of the answer if there was one. */
    RECORDED,
    /** Refused: no answer with that id was given recently. */
    UNKNOWN_ANSWER
  }

  private final FeedbackStore store;
  private final SignedAnswerIds ids;
  private final Clock clock;
  private final int maxIssued;
  private final int maxKept;
  private final Consumer<Feedback> recorded;

  public FeedbackLog(FeedbackStore store, SignedAnswerIds ids, Clock clock) {
    this(store, ids, clock, MAX_ISSUED, MAX_KEPT, rating -> { });
  }

  /** @param recorded told of each rating recorded (e.g. to count them) */
  public FeedbackLog(FeedbackStore store, SignedAnswerIds ids, Clock clock, Consumer<Feedback> recorded) {
    this(store, ids, clock, MAX_ISSUED, MAX_KEPT, recorded);
  }

  /** Creates a log with other bounds, so that tests can reach them. */
  FeedbackLog(FeedbackStore store, SignedAnswerIds ids, Clock clock, int maxIssued, int maxKept) {
    this(store, ids, clock, maxIssued, maxKept, rating -> { });
  }

  private FeedbackLog(FeedbackStore store, SignedAnswerIds ids, Clock clock, int maxIssued, int maxKept,
                      Consumer<Feedback> recorded) {
    this.store = store;
    this.ids = ids;
    this.clock = clock;
    this.maxIssued = maxIssued;
    this.maxKept = maxKept;
    this.recorded = recorded;
  }

  /**
   * Notes that an answer with this id was given, so it may be rated; null and a signed id (which needs no note) are
   * ignored. When the store fails, the failure is logged and the answer still given: it only cannot be rated.
   */
  public void issued(String answerId) {
    if (answerId == null || ids.read(answerId).isPresent()) return;
    Instant now = clock.instant();
    try {
      store.issued(answerId, now, now.minus(ISSUED_FOR));
    } catch (RuntimeException e) {
      LOG.warn("Answer {} cannot be rated: its id was not kept", LogText.safe(answerId), e);
    }
  }

  /**
   * Records a rating by one person of an answer given recently.
   *
   * @param person who rated within the channel (a Slack or Teams user id, or the channel's name where each answer
   *     has one reader); kept only hashed
   */
  public Outcome record(Feedback feedback, String person) {
    Optional<SignedAnswerIds.Signed> signed = ids.read(feedback.questionId());
    Optional<Instant> given = signed.isPresent() ? signed.map(SignedAnswerIds.Signed::given)
        : store.issuedAt(feedback.questionId(), maxIssued);
    Instant now = clock.instant();
    if (given.isEmpty() || now.isAfter(given.get().plus(ISSUED_FOR))) return Outcome.UNKNOWN_ANSWER;
    store.rate(feedback, person, now, maxKept);
    LOG.info("Feedback on {}: {} via {}", LogText.safe(feedback.questionId()), feedback.helpful() ? "helpful" : "not helpful",
        feedback.channel());
    recorded.accept(feedback);
    return Outcome.RECORDED;
  }

  /** Returns the ratings kept, oldest first. */
  public List<Feedback> all() {
    return store.ratings();
  }
}
