package signpost.bot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import signpost.bot.core.AnswerStore;

/**
 * Keeps the texts "Why?" explains in the database, each once under its digest with when it was last given: answers
 * carry the digest in their signed ids, so nothing is written for each answer. That an answer was given again is noted
 * at most every {@link #NOTE_EVERY}: the answers given most often are the cached ones, and noting each would be a
 * write for every answer. Answers kept under their id by a Signpost from before ids were signed are read and
 * forgotten as they were.
 */
final class DatabaseAnswers implements AnswerStore {

  /** How often that a text was given again is written; a text is forgotten this much later than its answers. */
  static final Duration NOTE_EVERY = RecentlyNoted.EVERY;

  private final Sql sql;
  private final WriteBehind later;
  /** When this replica last noted each recent text as given, by digest. */
  private final RecentlyNoted noted = new RecentlyNoted();

  DatabaseAnswers(Sql sql, WriteBehind later) {
    this.sql = sql;
    this.later = later;
  }

  /**
   * Keeps the text on the store's writer ("Why?" is pressed seconds later at the earliest), or notes that it was given
   * again; nothing when this replica noted it less than {@link #NOTE_EVERY} ago. Two replicas keeping a new text at
   * once: the second's insert fails, and the writer's one-at-a-time retry finds the row and notes it instead.
   */
  @Override
  public void keep(String digest, String text, Instant given) {
    if (!noted.due(digest, given)) return;
    later.submit("keep an answer's text for \"Why?\"", c -> {
      int updated = Sql.update(c, "UPDATE explained_text SET given = ? WHERE digest = ? AND (given IS NULL OR given < ?)",
          given, digest, given);
      if (updated > 0 || Sql.one(c, "SELECT 1 FROM explained_text WHERE digest = ?", row -> 1, digest).isPresent()) return updated;
      return Sql.update(c, "INSERT INTO explained_text (digest, answer, given) VALUES (?, ?, ?)", digest, text, given);
    });
  }

  @Override
  public Optional<String> text(String digest) {
    later.flush();
    return sql.one("SELECT answer FROM explained_text WHERE digest = ?", row -> row.getString(1), digest);
  }

  @Override
  public Optional<String> kept(String answerId, Instant notBefore) {
    later.flush();
    // An answer kept before texts were shared holds its whole JSON; one kept since refers to its text, which lacks the id.
    return sql.one("SELECT e.answer, t.answer FROM explained_answer e LEFT JOIN explained_text t ON t.digest = e.digest"
        + " WHERE e.answer_id = ? AND e.given >= ?", row -> row.getString(1) != null ? row.getString(1)
        : row.getString(2) == null ? null : "{\"id\":null" + row.getString(2), answerId, notBefore);
  }

  /**
   * Forgets old texts and answers on the store's writer, after the texts waiting to be kept: the answers kept under
   * their id before {@code before} (none are kept so any more), then the texts not given since {@code before} less
   * {@link #NOTE_EVERY} and those beyond the {@code kept} given last, unless such an answer still refers to them.
   */
  @Override
  public void purge(Instant before, int kept) {
    later.submit("forget answers given before " + before, c -> forget(c, before, kept));
  }

  private static int forget(Connection c, Instant before, int kept) throws SQLException {
    int old = Sql.update(c, "DELETE FROM explained_answer WHERE given < ?", before);
    Instant stale = before.minus(NOTE_EVERY);
    Optional<Instant> last = Sql.one(c, "SELECT given FROM explained_text WHERE given IS NOT NULL ORDER BY given DESC"
        + " OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY", row -> Sql.instant(row, "given"), kept);
    if (last.isPresent() && last.get().isAfter(stale)) stale = last.get();
    return old + Sql.update(c, "DELETE FROM explained_text WHERE (given IS NULL OR given <= ?) AND NOT EXISTS"
        + " (SELECT 1 FROM explained_answer WHERE explained_answer.digest = explained_text.digest)", stale);
  }

  @Override
  public int count() {
    later.flush();
    return sql.one("SELECT (SELECT COUNT(*) FROM explained_text) + (SELECT COUNT(*) FROM explained_answer WHERE digest IS NULL)",
        row -> row.getInt(1)).orElse(0);
  }
}
