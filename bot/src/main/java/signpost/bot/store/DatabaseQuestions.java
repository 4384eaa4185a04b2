package signpost.bot.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import signpost.bot.edi.QuestionStore;
import signpost.bot.edi.Unanswered;

/**
 * Keeps the log of unanswered questions, the questions of answers that may still be rated, and the citation counts in
 * the database; who asked is kept as a pseudonym of channel and person.
 */
final class DatabaseQuestions implements QuestionStore {

  /** Questions of answers too old to rate are deleted at most this often. */
  private static final Duration FORGET_EVERY = Duration.ofMinutes(1);

  private final Sql sql;
  private final Pseudonyms pseudonyms;
  private Instant nextForget = Instant.MIN;

  DatabaseQuestions(Sql sql, Pseudonyms pseudonyms) {
    this.sql = sql;
    this.pseudonyms = pseudonyms;
  }

  @Override
  public void log(String organisation, String text, Unanswered reason, String channel, String person, Instant asked) {
    sql.update("INSERT INTO unanswered_question (organisation, question, reason, channel, asked, asker) VALUES (?, ?, ?, ?, ?, ?)",
        organisation, text, reason.name(), channel, asked, asker(channel, person));
  }

  @Override
  public List<Logged> logged(String organisation, Instant since, Instant until) {
    return sql.list("SELECT question, asked FROM unanswered_question WHERE organisation = ? AND asked >= ? AND asked < ? "
        + "ORDER BY asked, seq", row -> new Logged(row.getString(1), Sql.instant(row, "asked")), organisation, since, until);
  }

  @Override
  public void answered(String answerId, String organisation, String text, String channel, String person, Instant asked,
                       Instant forgetBefore) {
    // At most once a minute: a delete on every answer would be a second commit for each, and a 👎 on an answer older
    // than a day finds nothing whether or not its row is still there.
    if (forgetDue(asked)) sql.update("DELETE FROM rated_question WHERE asked < ?", forgetBefore);
    sql.insertIfAbsent("INSERT INTO rated_question (answer_id, organisation, question, channel, asked, asker) VALUES (?, ?, ?, ?, ?, ?)",
        answerId, organisation, text, channel, asked, asker(channel, person));
  }

  @Override
  public boolean disliked(String answerId, Instant notBefore) {
    record Rated(String organisation, String text, String channel, Instant asked, String asker) {}
    return sql.transaction("log a disliked answer's question", c -> {
      Optional<Rated> rated = Sql.one(c, "SELECT organisation, question, channel, asked, asker FROM rated_question "
              + "WHERE answer_id = ? AND asked >= ?",
          row -> new Rated(row.getString(1), row.getString(2), row.getString(3), Sql.instant(row, "asked"), row.getString(5)),
          answerId, notBefore);
      // Only the replica whose DELETE took the row logs it: two 👎 at once log the question once.
      if (rated.isEmpty() || Sql.update(c, "DELETE FROM rated_question WHERE answer_id = ?", answerId) != 1) return false;
      Rated r = rated.get();
      Sql.update(c, "INSERT INTO unanswered_question (organisation, question, reason, channel, asked, asker) VALUES (?, ?, ?, ?, ?, ?)",
          r.organisation(), r.text(), Unanswered.DISLIKED.name(), r.channel(), r.asked(), r.asker());
      return true;
    });
  }

  @Override
  public void cited(String organisation, Collection<String> documents, Instant time) {
    for (String document : documents) {
      sql.upsert("UPDATE cited_document SET times_cited = times_cited + 1, last_cited = ? WHERE organisation = ? AND document = ?",
          new Object[] {time, organisation, document},
          "INSERT INTO cited_document (organisation, document, times_cited, last_cited) VALUES (?, ?, 1, ?)",
          new Object[] {organisation, document, time});
    }
  }

  @Override
  public Map<String, Instant> lastCited(String organisation) {
    record Cited(String document, Instant last) {}
    Map<String, Instant> last = new LinkedHashMap<>();
    for (Cited cited : sql.list("SELECT document, last_cited FROM cited_document WHERE organisation = ? ORDER BY document",
        row -> new Cited(row.getString(1), Sql.instant(row, "last_cited")), organisation)) {
      last.put(cited.document(), cited.last());
    }
    return last;
  }

  private String asker(String channel, String person) {
    return person == null ? null : pseudonyms.of(channel, person);
  }

  private synchronized boolean forgetDue(Instant now) {
    if (now.isBefore(nextForget)) return false;
    nextForget = now.plus(FORGET_EVERY);
    return true;
  }
}
