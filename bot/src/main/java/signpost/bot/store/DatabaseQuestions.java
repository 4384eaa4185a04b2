package signpost.bot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import signpost.bot.core.AtMostEvery;
import signpost.bot.edi.QuestionStore;
import signpost.bot.edi.Unanswered;

/**
 * Keeps the log of unanswered questions, the questions of answers that may still be rated, and the citation counts in
 * the database; who asked is kept as a pseudonym of channel and person. The questions of Slack's and Teams' answers are
 * kept once by key, without who asked; the web chat's, whose answer ids are not signed, one by answer.
 */
final class DatabaseQuestions implements QuestionStore {

  /** Questions of answers too old to rate are deleted at most this often. */
  private static final Duration FORGET_EVERY = Duration.ofMinutes(1);
  /** How often that a question kept by key was asked again is written; it is forgotten this much later than its answers. */
  static final Duration NOTE_EVERY = RecentlyNoted.EVERY;

  private final Sql sql;
  private final Pseudonyms pseudonyms;
  private final WriteBehind later;
  /**
   * Citations counted since the last were written: how many of each organisation's documents, and when each was last
   * cited. Every answer counts here, the cached ones at thousands a second, and most cite the same few documents: a
   * count is added to without a lock, and stays in the map when written (one for each document an answer has cited).
   */
  private final ConcurrentHashMap<String, ConcurrentHashMap<String, Count>> citations = new ConcurrentHashMap<>();
  /** Whether a write of the counts is waiting on the store's writer. */
  private final AtomicBoolean counting = new AtomicBoolean();
  private final AtMostEvery forgetting = new AtMostEvery(FORGET_EVERY);
  private final AtMostEvery forgettingAsked = new AtMostEvery(FORGET_EVERY);
  /** When this replica last noted each recent question kept by key, by key. */
  private final RecentlyNoted noted = new RecentlyNoted();

  /** How often a document was cited since its count was last written, and when it last was, to the millisecond. */
  private static final class Count {
    final LongAdder times = new LongAdder();
    final AtomicLong lastMillis = new AtomicLong(Long.MIN_VALUE);

    void add(long millis) {
      times.increment();
      // Checked first: all but the first answer of each millisecond leave it as it is, without a write.
      if (millis > lastMillis.get()) lastMillis.accumulateAndGet(millis, Math::max);
    }
  }

  DatabaseQuestions(Sql sql, Pseudonyms pseudonyms, WriteBehind later) {
    this.sql = sql;
    this.pseudonyms = pseudonyms;
    this.later = later;
  }

  @Override
  public void log(String organisation, String text, Unanswered reason, String channel, String person, Instant asked) {
    later.submit("log a question for the EDI team", c -> Sql.update(c,
        "INSERT INTO unanswered_question (organisation, question, reason, channel, asked, asker) VALUES (?, ?, ?, ?, ?, ?)",
        organisation, text, reason.name(), channel, asked, asker(channel, person)));
  }

  @Override
  public List<Logged> logged(String organisation, Instant since, Instant until) {
    later.flush();
    return sql.list("SELECT question, asked FROM unanswered_question WHERE organisation = ? AND asked >= ? AND asked < ? "
        + "ORDER BY asked, seq", row -> new Logged(row.getString(1), Sql.instant(row, "asked")), organisation, since, until);
  }

  @Override
  public void answered(String answerId, String organisation, String text, String channel, String person, Instant asked,
                       Instant forgetBefore) {
    // At most once a minute: a 👎 on an answer older than a day finds nothing whether or not its row is still there.
    boolean forget = forgetting.due(asked);
    later.submit("keep the question of answer " + answerId + " for a 👎", c -> {
      if (forget) Sql.update(c, "DELETE FROM rated_question WHERE asked < ?", forgetBefore);
      if (Sql.one(c, "SELECT 1 FROM rated_question WHERE answer_id = ?", row -> 1, answerId).isPresent()) return 0;
      return Sql.update(c, "INSERT INTO rated_question (answer_id, organisation, question, channel, asked, asker) VALUES (?, ?, ?, ?, ?, ?)",
          answerId, organisation, text, channel, asked, asker(channel, person));
    });
  }

  /**
   * Keeps the question on the store's writer, or notes that it was asked again; nothing when this replica noted it less
   * than {@link #NOTE_EVERY} ago, so the answers the cache gives again and again write nothing. Two replicas keeping a
   * new question at once: the second's insert fails, and the writer's one-at-a-time retry finds the row and notes it.
   */
  @Override
  public void asked(String questionKey, String organisation, Supplier<String> text, Instant asked, Instant forgetBefore) {
    if (!noted.due(questionKey, asked)) return;
    boolean forget = forgettingAsked.due(asked);
    String question = text.get();
    later.submit("keep a question for a 👎", c -> {
      if (forget) Sql.update(c, "DELETE FROM asked_question WHERE asked < ?", forgetBefore.minus(NOTE_EVERY));
      int updated = Sql.update(c, "UPDATE asked_question SET asked = ? WHERE question_key = ? AND asked < ?",
          asked, questionKey, asked);
      if (updated > 0 || Sql.one(c, "SELECT 1 FROM asked_question WHERE question_key = ?", row -> 1, questionKey).isPresent()) {
        return updated;
      }
      return Sql.update(c, "INSERT INTO asked_question (question_key, organisation, question, asked) VALUES (?, ?, ?, ?)",
          questionKey, organisation, question, asked);
    });
  }

  @Override
  public Optional<String> disliked(String questionKey, String answerId, String channel, String person, Instant asked) {
    record Kept(String organisation, String text) {}
    later.flush();
    return sql.transaction("log a disliked answer's question", c -> {
      Optional<Kept> kept = Sql.one(c, "SELECT organisation, question FROM asked_question WHERE question_key = ?",
          row -> new Kept(row.getString(1), row.getString(2)), questionKey);
      // Two 👎 at once on two replicas: the second insert breaks the unique answer id, and its retry finds the first.
      if (kept.isEmpty() || Sql.one(c, "SELECT 1 FROM unanswered_question WHERE answer_id = ?", row -> 1, answerId).isPresent()) {
        return Optional.<String>empty();
      }
      Sql.update(c, "INSERT INTO unanswered_question (organisation, question, reason, channel, asked, asker, answer_id) "
              + "VALUES (?, ?, ?, ?, ?, ?, ?)", kept.get().organisation(), kept.get().text(), Unanswered.DISLIKED.name(),
          channel, asked, asker(channel, person), answerId);
      return Optional.of(kept.get().text());
    });
  }

  @Override
  public Optional<String> disliked(String answerId, Instant notBefore) {
    record Rated(String organisation, String text, String channel, Instant asked, String asker) {}
    later.flush();
    return sql.transaction("log a disliked answer's question", c -> {
      Optional<Rated> rated = Sql.one(c, "SELECT organisation, question, channel, asked, asker FROM rated_question "
              + "WHERE answer_id = ? AND asked >= ?",
          row -> new Rated(row.getString(1), row.getString(2), row.getString(3), Sql.instant(row, "asked"), row.getString(5)),
          answerId, notBefore);
      // Only the replica whose DELETE took the row logs it: two 👎 at once log the question once.
      if (rated.isEmpty() || Sql.update(c, "DELETE FROM rated_question WHERE answer_id = ?", answerId) != 1) {
        return Optional.<String>empty();
      }
      Rated r = rated.get();
      Sql.update(c, "INSERT INTO unanswered_question (organisation, question, reason, channel, asked, asker) VALUES (?, ?, ?, ?, ?, ?)",
          r.organisation(), r.text(), Unanswered.DISLIKED.name(), r.channel(), r.asked(), r.asker());
      return Optional.of(r.text());
    });
  }

  /**
   * Counts the citations in memory; the store's writer adds them to the database's counts, each document's once however
   * many answers cited it meanwhile (a few documents are cited by most answers).
   */
  @Override
  public void cited(String organisation, Collection<String> documents, Instant time) {
    if (documents.isEmpty()) return;
    ConcurrentHashMap<String, Count> counts = citations.get(organisation);
    if (counts == null) counts = citations.computeIfAbsent(organisation, any -> new ConcurrentHashMap<>());
    long millis = time.toEpochMilli();
    for (String document : documents) {
      Count count = counts.get(document);
      if (count == null) count = counts.computeIfAbsent(document, any -> new Count());
      count.add(millis);
    }
    if (!counting.get() && counting.compareAndSet(false, true)) later.submit("count citations", this::writeCitations);
  }

  private int writeCitations(Connection c) throws SQLException {
    // Counts added from here on wait for the next write, which the first of them asks for.
    counting.set(false);
    int written = 0;
    for (Map.Entry<String, ConcurrentHashMap<String, Count>> organisation : citations.entrySet()) {
      for (Map.Entry<String, Count> document : organisation.getValue().entrySet()) {
        // A citation counted while this reads is in this write or the next, never in neither.
        long times = document.getValue().times.sumThenReset();
        if (times == 0) continue;
        Instant last = Instant.ofEpochMilli(document.getValue().lastMillis.get());
        int updated = Sql.update(c, "UPDATE cited_document SET times_cited = times_cited + ?, "
                + "last_cited = GREATEST(last_cited, ?) WHERE organisation = ? AND document = ?",
            times, last, organisation.getKey(), document.getKey());
        if (updated == 0) {
          Sql.update(c, "INSERT INTO cited_document (organisation, document, times_cited, last_cited) VALUES (?, ?, ?, ?)",
              organisation.getKey(), document.getKey(), times, last);
        }
        written++;
      }
    }
    return written;
  }

  @Override
  public Map<String, Instant> lastCited(String organisation) {
    record LastCited(String document, Instant last) {}
    later.flush();
    Map<String, Instant> last = new LinkedHashMap<>();
    for (LastCited cited : sql.list("SELECT document, last_cited FROM cited_document WHERE organisation = ? ORDER BY document",
        row -> new LastCited(row.getString(1), Sql.instant(row, "last_cited")), organisation)) {
      last.put(cited.document(), cited.last());
    }
    return last;
  }

  private String asker(String channel, String person) {
    return person == null ? null : pseudonyms.of(channel, person);
  }

}
