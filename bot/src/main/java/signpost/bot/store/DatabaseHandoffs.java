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
  public boolean claim(String id, String reply, String name, Instant time) {
    // One statement, and its count decides: of two replies at once, on any replicas, the database lets one row change.
    return sql.update("UPDATE handoff SET reply = ?, reply_name = ?, status = ?, updated = ? WHERE id = ? AND status = ?",
        reply, name, Handoff.Status.REPLIED.name(), time, id, Handoff.Status.SENT.name()) > 0;
  }

  @Override
  public boolean release(String id, Instant time) {
    return sql.update("UPDATE handoff SET reply = NULL, reply_name = NULL, status = ?, updated = ? WHERE id = ? AND status = ?",
        Handoff.Status.SENT.name(), time, id, Handoff.Status.REPLIED.name()) > 0;
  }

  @Override
  public boolean saved(String id, Instant time) {
    return sql.update("UPDATE handoff SET status = ?, updated = ? WHERE id = ?", Handoff.Status.SAVED.name(), time, id) > 0;
  }

  @Override
  public Optional<Handoff> find(String id) {
    return sql.one("SELECT id, organisation, asker, reply_to, kind, question, status, reply, reply_name, created FROM handoff WHERE id = ?",
        DatabaseHandoffs::read, id);
  }

  @Override
  public List<Handoff> sent(String organisation) {
    return sql.list("SELECT id, organisation, asker, reply_to, kind, question, status, reply, reply_name, created FROM handoff"
        + " WHERE organisation = ? AND status = ? ORDER BY seq DESC", DatabaseHandoffs::read, organisation, Handoff.Status.SENT.name());
  }

  @Override
  public List<Handoff> askedBy(String asker, String replyTo) {
    // The prefix is matched as text, not as a LIKE pattern, so a place holding % or _ matches only itself.
    return sql.list("SELECT id, organisation, asker, reply_to, kind, question, status, reply, reply_name, created FROM handoff"
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
        row.getString("reply"), row.getString("reply_name"), Sql.instant(row, "created"));
  }
}
