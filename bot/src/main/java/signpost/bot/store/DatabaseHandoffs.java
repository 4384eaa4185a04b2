package signpost.bot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.HandoffStore;
import signpost.bot.edi.PendingEmails;

/** Keeps hand-offs to the EDI Contacts in the database, with the e-mails of those passed on by e-mail (an outbox). */
final class DatabaseHandoffs implements HandoffStore, PendingEmails {

  private static final String PENDING = "PENDING";

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
  public void insertPending(Handoff handoff) {
    sql.update("INSERT INTO handoff (id, organisation, asker, reply_to, kind, question, status, created, updated, email_state,"
        + " email_due) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", handoff.id(), handoff.organisation(), handoff.asker(),
        handoff.replyTo(), handoff.kind().name(), handoff.question(), handoff.status().name(), handoff.created(),
        handoff.created(), PENDING, handoff.created());
  }

  @Override
  public List<String> due(Instant now, int limit) {
    return sql.list("SELECT id FROM handoff WHERE email_state = ? AND email_due <= ? AND (claimed_until IS NULL OR"
        + " claimed_until < ?) ORDER BY seq LIMIT ?", row -> row.getString(1), PENDING, now, now, limit);
  }

  @Override
  public OptionalInt claimEmail(String id, Instant now, Instant until) {
    // One statement decides who holds the e-mail: of two replicas claiming it at once, one updates the row, the other none.
    // Only when due: a look at the due e-mails made just before a failed try must not try it again at once.
    if (sql.update("UPDATE handoff SET claimed_until = ? WHERE id = ? AND email_state = ? AND email_due <= ? AND"
        + " (claimed_until IS NULL OR claimed_until < ?)", until, id, PENDING, now, now) != 1) {
      return OptionalInt.empty();
    }
    return sql.one("SELECT email_tries FROM handoff WHERE id = ?", row -> row.getInt(1), id)
        .map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  @Override
  public State state(String id) {
    Optional<String> state = sql.one("SELECT email_state FROM handoff WHERE id = ?", row -> row.getString(1), id);
    return state.isEmpty() ? State.GONE : "SENT".equals(state.get()) ? State.SENT : State.PENDING;
  }

  @Override
  public void emailSent(String id, Instant time) {
    sql.update("UPDATE handoff SET email_state = ?, claimed_until = NULL, updated = ? WHERE id = ?", "SENT", time, id);
  }

  @Override
  public void retryAt(String id, int tries, Instant due) {
    sql.update("UPDATE handoff SET email_tries = ?, email_due = ?, claimed_until = NULL WHERE id = ?", tries, due, id);
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
