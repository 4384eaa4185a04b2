package signpost.bot.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.rules.decision.Intent;

/**
 * The answers a chat channel gave, for "Why?": the button may be pressed on any replica, not only the one that answered.
 * An answer goes out under a {@linkplain SignedAnswerIds signed id} that carries the digest of its text, and the text
 * is kept in an {@link AnswerStore} once however often it is given, without the question asked; "Why?" works for
 * {@link #KEPT_FOR} (the texts of the {@link #MAX_KEPT} given last are kept). A reply to someone telling of harm has
 * nothing behind "Why?": its id is signed without a text, and nothing of it is kept.
 */
public final class ExplainedAnswers {

  public static final Duration KEPT_FOR = FeedbackLog.ISSUED_FOR;
  public static final int MAX_KEPT = 10_000;
  /** Old texts are forgotten by a purge that keeping runs at most this often. */
  static final Duration PURGE_EVERY = Duration.ofMinutes(1);
  private static final Logger LOG = LoggerFactory.getLogger(ExplainedAnswers.class);

  private final AnswerStore store;
  private final SignedAnswerIds ids;
  private final Clock clock;
  private final int maxKept;
  private final AtMostEvery purging = new AtMostEvery(PURGE_EVERY);
  private final AnswerTexts texts = new AnswerTexts();

  public ExplainedAnswers(AnswerStore store, SignedAnswerIds ids, Clock clock) {
    this(store, ids, clock, MAX_KEPT);
  }

  /** Creates a log that keeps at most {@code maxKept} texts, so that tests can reach the bound. */
  ExplainedAnswers(AnswerStore store, SignedAnswerIds ids, Clock clock, int maxKept) {
    this.store = store;
    this.ids = ids;
    this.clock = clock;
    this.maxKept = maxKept;
  }

  /**
   * Returns the answer under its signed id, which any replica can rate and explain, and keeps its text for "Why?"
   * unless it is a reply to someone telling of harm; an answer without an id is returned as it is. When the store
   * fails, the failure is logged and the answer still given: "Why?" then says it no longer has it.
   *
   * @param questionKey the key its question is kept under for a 👎 (see QuestionLog#asked), or null when none is
   */
  public Answer keep(Answer answer, String questionKey) {
    if (answer.id() == null) return answer;
    Instant now = clock.instant();
    if (answer.intent() == Intent.SUPPORT) return answer.withId(ids.sign(answer.id(), now, null, null));
    AnswerTexts.Text text = texts.of(answer);
    try {
      store.keep(text.digest(), text.rest(), now);
      if (purging.due(now)) store.purge(now.minus(KEPT_FOR), maxKept);
    } catch (RuntimeException e) {
      LOG.warn("Answer {} cannot be explained: its text was not kept", LogText.safe(answer.id()), e);
    }
    return answer.withId(ids.sign(answer.id(), now, text.digest(), questionKey));
  }

  /**
   * Returns the answer given under this id in the last {@link #KEPT_FOR}, without its question, if its text is kept.
   * An id whose signature does not hold is looked for among the answers kept under their id before ids were signed.
   */
  public Optional<Answer> find(String answerId) {
    Instant notBefore = clock.instant().minus(KEPT_FOR);
    Optional<SignedAnswerIds.Signed> signed = ids.read(answerId);
    if (signed.isEmpty()) return store.kept(answerId, notBefore).flatMap(AnswerTexts::read).map(answer -> answer.withId(answerId));
    if (signed.get().digest() == null || signed.get().given().isBefore(notBefore)) return Optional.empty();
    return store.text(signed.get().digest()).flatMap(rest -> AnswerTexts.read(answerId, rest));
  }

  /** Returns how many texts are kept. */
  public int count() {
    return store.count();
  }

}
