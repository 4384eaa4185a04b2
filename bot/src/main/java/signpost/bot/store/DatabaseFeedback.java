package signpost.bot.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import signpost.bot.core.AtMostEvery;
import signpost.bot.core.Feedback;
import signpost.bot.core.FeedbackStore;

/**
 * Keeps the answers that may be rated and the ratings in the database; who rated is kept as a pseudonym. Each table
 * orders its rows by a sequence, so "newest" is the same for every replica.
 */
final class DatabaseFeedback implements FeedbackStore {

  /** Ids of answers too old to rate are deleted at most this often. */
  private static final Duration FORGET_EVERY = Duration.ofMinutes(1);

  private final Sql sql;
  private final Pseudonyms pseudonyms;
  private final WriteBehind later;
  private final AtMostEvery forgetting = new AtMostEvery(FORGET_EVERY);

  DatabaseFeedback(Sql sql, Pseudonyms pseudonyms, WriteBehind later) {
    this.sql = sql;
    this.pseudonyms = pseudonyms;
    this.later = later;
  }

  /** Keeps the id behind the answer: it is given at once, and rated seconds later at the earliest. */
  @Override
  public void issued(String answerId, Instant time, Instant forgetBefore) {
    boolean forget = forgetting.due(time);
    later.submit("keep an issued answer id", c -> {
      // Deletes by one index each: H2 answers "answer_id = ? OR issued < ?" by reading every row.
      if (forget) Sql.update(c, "DELETE FROM issued_answer WHERE issued < ?", forgetBefore);
      Sql.update(c, "DELETE FROM issued_answer WHERE answer_id = ?", answerId);
      return Sql.update(c, "INSERT INTO issued_answer (answer_id, issued) VALUES (?, ?)", answerId, time);
    });
  }

  @Override
  public Optional<Instant> issuedAt(String answerId, int recent) {
    record Issued(long seq, Instant time) {}
    later.flush();
    Optional<Issued> issued = sql.one("SELECT seq, issued FROM issued_answer WHERE answer_id = ?",
        row -> new Issued(row.getLong("seq"), Sql.instant(row, "issued")), answerId);
    if (issued.isEmpty()) return Optional.empty();
    long newer = sql.one("SELECT COUNT(*) FROM issued_answer WHERE seq > ?", row -> row.getLong(1), issued.get().seq()).orElse(0L);
    return newer < recent ? Optional.of(issued.get().time()) : Optional.empty();
  }

  @Override
  public void rate(Feedback feedback, String person, Instant time, int kept) {
    String rater = pseudonyms.of(feedback.channel(), person);
    sql.transaction("keep a rating", c -> {
      Sql.update(c, "DELETE FROM rating WHERE answer_id = ? AND rater = ?", feedback.questionId(), rater);
      Sql.update(c, "INSERT INTO rating (answer_id, rater, helpful, channel, rated) VALUES (?, ?, ?, ?, ?)",
          feedback.questionId(), rater, feedback.helpful(), feedback.channel(), time);
      return Sql.keepNewest(c, "rating", kept);
    });
  }

  @Override
  public List<Feedback> ratings() {
    return sql.list("SELECT answer_id, helpful, channel FROM rating ORDER BY seq",
        row -> new Feedback(row.getString(1), row.getBoolean(2), row.getString(3)));
  }

}
