package signpost.bot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import signpost.bot.screening.Screening;
import signpost.bot.screening.ScreeningJson;
import signpost.bot.screening.Status;

/**
 * Keeps EqIA screening records by reference: the whole record as JSON, with its organisation, owner, status and
 * times beside it to find and count by.
 */
public final class ScreeningStore {

  private static final String RECORDS = "SELECT record FROM screening ";

  private final Sql sql;

  ScreeningStore(Sql sql) {
    this.sql = sql;
  }

  private static final String UPDATE = "UPDATE screening SET organisation = ?, owner = ?, status = ?, created = ?, updated = ?, "
      + "record = ? WHERE reference = ?";
  private static final String INSERT = "INSERT INTO screening (reference, organisation, owner, status, created, updated, record) "
      + "VALUES (?, ?, ?, ?, ?, ?, ?)";

  /** Keeps the screening: a new one is added, one with the same reference replaced. */
  public void save(Screening s) {
    saving(s).alone().run();
  }

  /**
   * Returns the write that keeps the screening, for committing it with the state of its conversation
   * ({@link ConversationStore#save(signpost.bot.conversation.ConversationState, GroupCommit.Write)}).
   */
  GroupCommit.Write saving(Screening s) {
    String json = ScreeningJson.write(s);
    String status = s.status().wireName();
    Object[] updateArgs = {s.organisation(), s.owner(), status, s.created(), s.updated(), json, s.reference()};
    Object[] insertArgs = {s.reference(), s.organisation(), s.owner(), status, s.created(), s.updated(), json};
    return new GroupCommit.Write("keep a screening",
        c -> Sql.update(c, UPDATE, updateArgs) > 0 || Sql.update(c, INSERT, insertArgs) > 0,
        () -> sql.upsert(UPDATE, updateArgs, INSERT, insertArgs));
  }

  /** Returns the screening with this reference, if there is one. */
  public Optional<Screening> find(String reference) {
    return sql.one(RECORDS + "WHERE reference = ?", row -> ScreeningJson.read(row.getString(1)), reference);
  }

  /** Returns the owner's screenings, the most recently changed first. */
  public List<Screening> byOwner(String owner) {
    return sql.list(RECORDS + "WHERE owner = ? ORDER BY updated DESC, reference", row -> ScreeningJson.read(row.getString(1)), owner);
  }

  /** Forgets a screening; returns false when there was none with that reference. */
  public boolean delete(String reference) {
    return sql.update("DELETE FROM screening WHERE reference = ?", reference) > 0;
  }

  /** Returns how many screenings there are in each status, every status named (0 where there are none). */
  public Map<Status, Long> counts() {
    return counts(sql.list("SELECT status, COUNT(*) FROM screening GROUP BY status", ScreeningStore::counted));
  }

  /** Returns how many of an organisation's screenings there are in each status, every status named. */
  public Map<Status, Long> counts(String organisation) {
    return counts(sql.list("SELECT status, COUNT(*) FROM screening WHERE organisation = ? GROUP BY status", ScreeningStore::counted,
        organisation));
  }

  private static Map.Entry<Status, Long> counted(ResultSet row) throws SQLException {
    return Map.entry(Status.parse(row.getString(1)), row.getLong(2));
  }

  private static Map<Status, Long> counts(List<Map.Entry<Status, Long>> rows) {
    Map<Status, Long> counts = new EnumMap<>(Status.class);
    for (Status status : Status.values()) counts.put(status, 0L);
    rows.forEach(row -> counts.put(row.getKey(), row.getValue()));
    return counts;
  }
}
