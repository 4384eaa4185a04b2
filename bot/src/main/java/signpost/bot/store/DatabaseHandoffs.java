package signpost.bot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.HandoffStore;

/** Keeps hand-offs to the EDI Contacts in the database. */
final class DatabaseHandoffs implements HandoffStore {

  private static final String COLUMNS = "id, organisation, asker, reply_to, kind, question, status, reply, reply_name, created, claimed";
  private static final String SENT = Handoff.Status.SENT.name();
  private static final String CLAIMED = Handoff.Status.CLAIMED.name();

  private final Sql sql;

  DatabaseHandoffs(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void insert(Handoff handoff) {
    sql.update("INSERT INTO handoff (id, organisation, asker, reply_to, kind, question, status, created, updated)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", handoff.id(), handoff.organisation(), handoff.asker(), handoff.replyTo(),
        handoff.kind().name(), handoff.question(), handoff.status().name(), handoff.created(), handoff.created());
  }

  @Override
  public boolean claim(String id, String reply, String name, Instant time, Instant staleBefore) {
    // One statement, and its count decides: of two replies at once, on any replicas, the database lets one row change
    // (the second waits for the first's row lock, then finds the row claimed since staleBefore and changes nothing).
    return sql.update("UPDATE handoff SET reply = ?, reply_name = ?, status = ?, claimed = ?, updated = ? WHERE id = ?"
        + " AND (status = ? OR (status = ? AND claimed < ?))", reply, name, CLAIMED, time, time, id, SENT, CLAIMED,
        staleBefore) > 0;
  }

  @Override
  public boolean delivered(String id, Instant claimed, Instant time) {
    return sql.update("UPDATE handoff SET status = ?, claimed = NULL, updated = ? WHERE id = ? AND status = ? AND claimed = ?",
        Handoff.Status.REPLIED.name(), time, id, CLAIMED, claimed) > 0;
  }

  @Override
  public boolean release(String id, Instant claimed, Instant time) {
    return sql.update("UPDATE handoff SET reply = NULL, reply_name = NULL, status = ?, claimed = NULL, updated = ?"
        + " WHERE id = ? AND status = ? AND claimed = ?", SENT, time, id, CLAIMED, claimed) > 0;
  }

  @Override
  public boolean saved(String id, Instant time) {
    return sql.update("UPDATE handoff SET status = ?, updated = ? WHERE id = ?", Handoff.Status.SAVED.name(), time, id) > 0;
  }

  @Override
  public Optional<Handoff> find(String id) {
    return sql.one("SELECT " + COLUMNS + " FROM handoff WHERE id = ?",
        DatabaseHandoffs::read, id);
  }

  @Override
  public List<Handoff> waiting(String organisation, Instant staleBefore) {
    return sql.list("SELECT " + COLUMNS + " FROM handoff WHERE organisation = ? AND (status = ? OR (status = ? AND claimed < ?))"
        + " ORDER BY seq DESC", DatabaseHandoffs::read, organisation, SENT, CLAIMED, staleBefore);
  }

  @Override
  public List<Handoff> askedBy(String asker, String replyTo) {
    // The prefix is matched as text, not as a LIKE pattern, so a place holding % or _ matches only itself.
    return sql.list("SELECT " + COLUMNS + " FROM handoff"
        + " WHERE asker = ? AND SUBSTRING(reply_to, 1, ?) = ? ORDER BY seq DESC", DatabaseHandoffs::read, asker,
        replyTo.length(), replyTo);
  }

  @Override
  public boolean delete(String id) {
    return sql.update("DELETE FROM handoff WHERE id = ?", id) > 0;
  }

  @Override
  public int purge(Instant before) {
    return sql.update("DELETE FROM handoff WHERE created < ?", before);
  }

  private static Handoff read(ResultSet row) throws SQLException {
    return new Handoff(row.getString("id"), row.getString("organisation"), row.getString("asker"), row.getString("reply_to"),
        Handoff.Kind.valueOf(row.getString("kind")), row.getString("question"), Handoff.Status.valueOf(row.getString("status")),
        row.getString("reply"), row.getString("reply_name"), Sql.instant(row, "created"),
        Sql.instant(row, "claimed"));
  }
}
