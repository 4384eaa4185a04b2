package signpost.bot.edi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.bot.core.Question;
import signpost.bot.core.WrittenAnswers;

/**
 * The EDI Contacts' curated answers: saved, edited and retired here, kept in the database, and searched by the answer
 * pipeline from the next question on. This replica's own changes serve at once; another replica's once this one has
 * checked the database's change marker (one row), which it does before answering, at most every {@link #CHECK_EVERY}.
 * Thread-safe.
 */
public final class CuratedAnswers implements WrittenAnswers {

  private static final Logger LOG = LoggerFactory.getLogger(CuratedAnswers.class);
  /** How stale another replica's change may be here: the change marker is read at most this often. */
  public static final Duration CHECK_EVERY = Duration.ofSeconds(1);
  /** The longest answer kept, in characters: a chat message, not a document. */
  public static final int MAX_ANSWER = 3_000;
  /** The day a curated answer is dated by: the councils Signpost serves are in the UK. */
  private static final ZoneId DAYS = ZoneId.of("Europe/London");

  /** The answers serving, the revision they are of, and when the marker was last read. */
  private record Serving(long revision, Instant checked, CuratedIndex index) {}

  private final CuratedStore store;
  private final Clock clock;
  private volatile Serving serving;

  public CuratedAnswers(CuratedStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Saves a new curated answer, dated today, given from the next question on.
   *
   * @throws IllegalArgumentException when a text is blank or too long, or the review-by date has passed
   */
  public CuratedAnswer save(String organisation, String question, String answer, String authorRole, LocalDate reviewBy) {
    LocalDate today = LocalDate.now(clock.withZone(DAYS));
    CuratedAnswer saved = new CuratedAnswer(UUID.randomUUID().toString(), required("organisation", organisation, 200),
        required("question", question, Question.MAX_LENGTH), required("answer", answer, MAX_ANSWER),
        required("author role", authorRole, 200), today, reviewBy(reviewBy, today), false);
    store.insert(saved, clock.instant());
    serving = null;
    return saved;
  }

  /**
   * Replaces an answer's question, text and review-by date, from the next question on; its id, organisation, author
   * and date stay.
   *
   * @throws IllegalArgumentException when there is no curated answer with this id, a text is blank or too long, or the
   *     review-by date has passed
   */
  public CuratedAnswer edit(String id, String question, String answer, LocalDate reviewBy) {
    LocalDate today = LocalDate.now(clock.withZone(DAYS));
    if (!store.update(id, required("question", question, Question.MAX_LENGTH), required("answer", answer, MAX_ANSWER),
        reviewBy(reviewBy, today), clock.instant())) {
      throw unknown(id);
    }
    serving = null;
    return store.find(id).orElseThrow(() -> unknown(id));
  }

  /**
   * Retires an answer: it stays listed, and is no longer given from the next question on. Retiring it again changes
   * nothing.
   *
   * @throws IllegalArgumentException when there is no curated answer with this id
   */
  public void retire(String id) {
    if (!store.retire(id, clock.instant())) throw unknown(id);
    serving = null;
  }

  /** Returns the organisation's curated answers, live and retired, newest first. */
  public List<CuratedAnswer> list(String organisation) {
    return store.list(organisation);
  }

  /**
   * Returns the live curated answers as they stand, reading the change marker first when it was last read
   * {@link #CHECK_EVERY} ago or more. When the database cannot be read, the answers last read keep serving.
   */
  @Override
  public WrittenAnswers.Snapshot current() {
    Serving now = serving;
    Instant time = clock.instant();
    if (now != null && time.isBefore(now.checked().plus(CHECK_EVERY))) return now.index();
    return refresh(time);
  }

  private synchronized CuratedIndex refresh(Instant time) {
    Serving now = serving;
    if (now != null && time.isBefore(now.checked().plus(CHECK_EVERY))) return now.index();
    try {
      long revision = store.revision();
      CuratedIndex index = now != null && now.revision() == revision ? now.index() : CuratedIndex.of(store.live());
      serving = new Serving(revision, time, index);
      return index;
    } catch (RuntimeException e) {
      LOG.warn("Could not read the curated answers; the last read keep serving: {}", e.getMessage());
      CuratedIndex last = now == null ? CuratedIndex.EMPTY : now.index();
      serving = new Serving(now == null ? -1 : now.revision(), time, last);
      return last;
    }
  }

  private static String required(String what, String text, int limit) {
    if (text == null || text.isBlank()) throw new IllegalArgumentException(what + " must not be blank");
    String stripped = text.strip();
    if (stripped.length() > limit) {
      throw new IllegalArgumentException(what + " is " + stripped.length() + " characters; the limit is " + limit);
    }
    return stripped;
  }

  private static LocalDate reviewBy(LocalDate reviewBy, LocalDate today) {
    if (reviewBy == null) throw new IllegalArgumentException("a review-by date is needed");
    if (reviewBy.isBefore(today)) throw new IllegalArgumentException("review-by date has passed: " + reviewBy);
    return reviewBy;
  }

  private static IllegalArgumentException unknown(String id) {
    return new IllegalArgumentException("no curated answer has the id: " + id);
  }
}
