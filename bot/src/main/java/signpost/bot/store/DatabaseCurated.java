package signpost.bot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import signpost.bot.edi.CuratedAnswer;
import signpost.bot.edi.CuratedStore;

/**
 * Keeps curated answers in the database. Every write raises the one-row revision in the same transaction, so a replica
 * that read the revision before a write reads a higher one after it.
 */
final class DatabaseCurated implements CuratedStore {

  private static final String COLUMNS = "id, organisation, question, answer, author_role, created, review_by, retired";

  private final Sql sql;

  DatabaseCurated(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void insert(CuratedAnswer answer, Instant time) {
    sql.transaction("keep a curated answer", c -> {
      Sql.update(c, "INSERT INTO curated_answer (id, organisation, question, answer, author_role, created, review_by, updated)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", answer.id(), answer.organisation(), answer.question(), answer.answer(),
          answer.authorRole(), answer.created(), answer.reviewBy(), time);
      return raise(c);
    });
  }

  @Override
  public boolean update(String id, String question, String answer, LocalDate reviewBy, Instant time) {
    return sql.transaction("edit a curated answer", c -> Sql.update(c,
        "UPDATE curated_answer SET question = ?, answer = ?, review_by = ?, updated = ? WHERE id = ?",
        question, answer, reviewBy, time, id) > 0 && raise(c));
  }

  @Override
  public boolean retire(String id, Instant time) {
    return sql.transaction("retire a curated answer", c -> Sql.update(c,
        "UPDATE curated_answer SET retired = COALESCE(retired, ?), updated = ? WHERE id = ?", time, time, id) > 0
        && raise(c));
  }

  @Override
  public Optional<CuratedAnswer> find(String id) {
    return sql.one("SELECT " + COLUMNS + " FROM curated_answer WHERE id = ?", DatabaseCurated::read, id);
  }

  @Override
  public List<CuratedAnswer> list(String organisation) {
    return sql.list("SELECT " + COLUMNS + " FROM curated_answer WHERE organisation = ? ORDER BY seq DESC",
        DatabaseCurated::read, organisation);
  }

  @Override
  public List<CuratedAnswer> live() {
    return sql.list("SELECT " + COLUMNS + " FROM curated_answer WHERE retired IS NULL ORDER BY seq DESC",
        DatabaseCurated::read);
  }

  @Override
  public long revision() {
    return sql.one("SELECT revision FROM curated_revision", row -> row.getLong(1))
        .orElseThrow(() -> new StoreException("the curated_revision table has no row; migration V3 puts one there", null));
  }

  /** Raises the revision in the transaction of the write it marks; always true, so a write can end with it. */
  private static boolean raise(Connection c) throws SQLException {
    Sql.update(c, "UPDATE curated_revision SET revision = revision + 1");
    return true;
  }

  private static CuratedAnswer read(ResultSet row) throws SQLException {
    return new CuratedAnswer(row.getString("id"), row.getString("organisation"), row.getString("question"),
        row.getString("answer"), row.getString("author_role"), row.getObject("created", LocalDate.class),
        row.getObject("review_by", LocalDate.class), row.getObject("retired") != null);
  }
}
