package signpost.bot.edi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.bot.core.Answer;
import signpost.bot.core.Citation;
import signpost.bot.core.FeedbackLog;
import signpost.bot.core.LogText;
import signpost.bot.core.SignedAnswerIds;
import signpost.rules.decision.Intent;

/**
 * The log of what staff could not find, for the EDI team: questions Signpost refused, and questions whose answer was
 * rated 👎, each redacted before it is kept (see {@link Redaction}) and never a support disclosure. Answered questions
 * are kept, redacted, only for the day their answer may be rated ({@link #RATED_FOR}); how long the log itself is kept
 * is the retention's business. It also counts which documents answers cite, so the EDI team sees those never cited.
 */
public final class QuestionLog {

  /** As long as an answer may be rated. */
  public static final Duration RATED_FOR = FeedbackLog.ISSUED_FOR;
  private static final Logger LOG = LoggerFactory.getLogger(QuestionLog.class);

  private final QuestionStore store;
  private final Redaction redaction;
  private final Predicate<String> disclosure;
  private final SignedAnswerIds ids;
  private final Clock clock;

  /**
   * @param disclosure true for a text that tells of harm (a support disclosure), which is never logged whoever asks
   * @param ids the replicas' signed answer ids, which name the key a Slack or Teams answer's question is kept under
   */
  public QuestionLog(QuestionStore store, Redaction redaction, Predicate<String> disclosure, SignedAnswerIds ids, Clock clock) {
    this.store = store;
    this.redaction = redaction;
    this.disclosure = disclosure;
    this.ids = ids;
    this.clock = clock;
  }

  /**
   * Logs a question staff could not find answered, redacted first; a support disclosure is not logged.
   *
   * @param organisation the organisation id, or null for none
   * @param channel where it was asked, e.g. {@code slack}
   * @param person who asked within the channel (e.g. their pseudonymous owner id), kept only hashed, or null
   * @throws IllegalArgumentException when the text is blank
   * @throws signpost.bot.store.StoreException when the database fails
   */
  public void record(String organisation, String text, Unanswered reason, String channel, String person) {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(channel, "channel");
    if (text == null || text.isBlank()) throw new IllegalArgumentException("question must not be empty");
    if (disclosure.test(text)) return;
    store.log(key(organisation), redaction.redact(text.strip()), reason, channel, person, clock.instant());
  }

  /**
   * Takes note of an answer the web chat or the API gave, under an id that is not signed: a refusal logs its question,
   * an answer keeps its question under its id for a day in case it is rated 👎, and the documents it cites are counted.
   * A reply to someone telling of harm leaves nothing. When the store fails, the failure is logged and the answer still
   * given.
   */
  public void given(Answer answer, String channel, String person) {
    if (answer.intent() == Intent.SUPPORT || answer.question() == null || answer.question().isBlank()) return;
    try {
      Instant now = clock.instant();
      String text = redaction.redact(answer.question().strip());
      if (!answer.answered()) store.log(key(answer.organisation()), text, Unanswered.REFUSED, channel, person, now);
      else if (answer.id() != null) {
        store.answered(answer.id(), key(answer.organisation()), text, channel, person, now, now.minus(RATED_FOR));
      }
      cited(answer);
    } catch (RuntimeException e) {
      LOG.warn("The question of answer {} was not noted for the EDI team", LogText.safe(answer.id()), e);
    }
  }

  /**
   * Takes note of an answer Slack or Teams is about to give under a {@linkplain SignedAnswerIds signed id}: a refusal
   * logs its question; an answer keeps its question, redacted, once under its key however often it is asked (for a day
   * after it last was), in case an answer to it is rated 👎; the documents it cites are counted. Returns the key, for
   * the answer's id to name; null when no question is kept (a refusal, a reply to someone telling of harm, no question,
   * or a store that failed, which is logged: the answer is still given).
   *
   * @param person who asked within the channel, kept only hashed with a refusal
   */
  public String asked(Answer answer, String channel, String person) {
    if (answer.intent() == Intent.SUPPORT || answer.question() == null || answer.question().isBlank()) return null;
    try {
      Instant now = clock.instant();
      String organisation = key(answer.organisation());
      String key = null;
      if (!answer.answered()) store.log(organisation, redacted(answer.question()), Unanswered.REFUSED, channel, person, now);
      else {
        key = ids.questionKey(organisation, answer.question());
        store.asked(key, organisation, () -> redacted(answer.question()), now, now.minus(RATED_FOR));
      }
      cited(answer);
      return key;
    } catch (RuntimeException e) {
      LOG.warn("The question of answer {} was not noted for the EDI team", LogText.safe(answer.id()), e);
      return null;
    }
  }

  /**
   * Logs the question of a recent answer rated 👎, once per answer; nothing when the answer was a refusal (logged
   * already), a support reply or older than {@link #RATED_FOR}. A Slack or Teams answer's question is logged as asked
   * by whoever rated it, when the answer was given. Returns the question as logged (redacted), so the person can be
   * offered to pass it on; empty when nothing was logged. A store failure is logged, never thrown.
   *
   * @param channel where it was rated, e.g. {@code slack}
   * @param person who rated, as they ask within the channel (e.g. their pseudonymous owner id), kept only hashed, or null
   */
  public Optional<String> disliked(String answerId, String channel, String person) {
    try {
      Instant notBefore = clock.instant().minus(RATED_FOR);
      Optional<SignedAnswerIds.Signed> signed = ids.read(answerId);
      if (signed.isEmpty() || signed.get().questionKey() == null) return store.disliked(answerId, notBefore);
      if (signed.get().given().isBefore(notBefore)) return Optional.empty();
      return store.disliked(signed.get().questionKey(), answerId, channel, person, signed.get().given());
    } catch (RuntimeException e) {
      LOG.warn("The question of disliked answer {} was not logged", LogText.safe(answerId), e);
      return Optional.empty();
    }
  }

  /** Returns the text as this log keeps a question: stripped, and redacted (see {@link Redaction}). */
  public String redacted(String text) {
    return redaction.redact(text.strip());
  }

  /**
   * Returns the questions logged for the organisation from {@code since} (inclusive) to {@code until}, grouped by
   * similar wording, biggest group first; each group's {@code weekly} counts cover the period a week at a time.
   *
   * @throws IllegalArgumentException when {@code until} is not after {@code since}
   */
  public List<QuestionGroup> groups(String organisation, Instant since, Instant until) {
    if (!until.isAfter(since)) throw new IllegalArgumentException("until must be after since: " + since + " to " + until);
    return Grouping.of(store.logged(key(organisation), since, until), since, until);
  }

  /** Counts each document the answer cites once, as cited now. */
  public void cited(Answer answer) {
    // A loop rather than a stream: every answer comes here, and cites a handful of documents.
    List<String> documents = new ArrayList<>(answer.sources().size());
    for (Citation source : answer.sources()) {
      if (source.document() != null && !documents.contains(source.document())) documents.add(source.document());
    }
    if (!documents.isEmpty()) store.cited(key(answer.organisation()), documents, clock.instant());
  }

  /** Returns each document cited in the organisation's answers (null: answers for no organisation) and when it last was. */
  public Map<String, Instant> lastCited(String organisation) {
    return store.lastCited(key(organisation));
  }

  private static String key(String organisation) {
    return organisation == null ? "" : organisation;
  }
}
