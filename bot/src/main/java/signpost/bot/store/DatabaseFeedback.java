package signpost.bot.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import signpost.bot.core.Feedback;
import signpost.bot.core.FeedbackStore;

/**
 * Keeps the answers that may be rated and the ratings in the database; who rated is kept as a pseudonym. Each table
 * orders its rows by a sequence, so "newest" is the same for every replica.
 */
final class DatabaseFeedback implements FeedbackStore {

  private final Sql sql;
  private final Pseudonyms pseudonyms;
  /** Answers given at once share a commit, rather than each waiting for a connection of the pool. */
  private final GroupCommit<Issued> issuing = new GroupCommit<>(this::keep);

  DatabaseFeedback(Sql sql, Pseudonyms pseudonyms) {
    this.sql = sql;
    this.pseudonyms = pseudonyms;
  }

  /** An answer id to keep, when it was given, and before when the ids kept may go. */
  private record Issued(String answerId, Instant time, Instant forgetBefore) {}

  @Override
  public void issued(String answerId, Instant time, Instant forgetBefore) {
    issuing.submit(new Issued(answerId, time, forgetBefore));
  }

  /** Keeps the ids of answers given at the same moment in one transaction, in the order they were given. */
  private void keep(List<Issued> batch) {
    sql.transaction("keep " + batch.size() + " issued answer ids", c -> {
      // Deletes by one index each: H2 answers "answer_id = ? OR issued < ?" by reading every row.
      Sql.update(c, "DELETE FROM issued_answer WHERE issued < ?", batch.get(batch.size() - 1).forgetBefore());
      for (Issued issued : batch) {
        Sql.update(c, "DELETE FROM issued_answer WHERE answer_id = ?", issued.answerId());
        Sql.update(c, "INSERT INTO issued_answer (answer_id, issued) VALUES (?, ?)", issued.answerId(), issued.time());
      }
      return batch.size();
    });
  }

  @Override
  public Optional<Instant> issuedAt(String answerId, int recent) {
    record Issued(long seq, Instant time) {}
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
      return Sql.update(c, "DELETE FROM rating WHERE seq <= (SELECT seq FROM rating ORDER BY seq DESC OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY)",
          kept);
    });
  }

  @Override
  public List<Feedback> ratings() {
    return sql.list("SELECT answer_id, helpful, channel FROM rating ORDER BY seq",
        row -> new Feedback(row.getString(1), row.getBoolean(2), row.getString(3)));
  }
}
