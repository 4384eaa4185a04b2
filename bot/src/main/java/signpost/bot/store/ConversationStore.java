package signpost.bot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import signpost.bot.conversation.ConversationState;

/**
 * Keeps the state of each conversation by its key, so that any replica can take the next message and idle
 * conversations can be found and closed. The time of the last message is kept to the microsecond.
 */
public final class ConversationStore {

  private static final String STATES = "SELECT conversation_key, owner, organisation, updated, screening, pending, asked FROM conversation ";

  private final Sql sql;
  private final GroupCommit commits;

  ConversationStore(Sql sql) {
    this.sql = sql;
    this.commits = new GroupCommit(sql);
  }

  /** Returns the state of the conversation with this key, if one is kept. */
  public Optional<ConversationState> find(String key) {
    return sql.one(STATES + "WHERE conversation_key = ?", ConversationStore::state, key);
  }

  private static final String UPDATE = "UPDATE conversation SET owner = ?, organisation = ?, updated = ?, screening = ?, pending = ?, "
      + "asked = ? WHERE conversation_key = ?";
  private static final String INSERT = "INSERT INTO conversation (conversation_key, owner, organisation, updated, screening, pending, asked) "
      + "VALUES (?, ?, ?, ?, ?, ?, ?)";

  /**
   * Keeps the state in place of any kept under its key, committed before it returns; states saved at the same moment
   * share a commit ({@link GroupCommit}).
   */
  public void save(ConversationState s) {
    commits.write(saving(s));
  }

  /**
   * Keeps the state and another write ({@link ScreeningStore#saving the screening} the conversation is filling) in one
   * transaction, committed before it returns, with states saved at the same moment: both are kept or neither.
   */
  void save(ConversationState s, GroupCommit.Write with) {
    GroupCommit.Write state = saving(s);
    Sql.Work<Boolean> both = c -> {
      with.inBatch().run(c);
      state.inBatch().run(c);
      return true;
    };
    String what = with.what() + " and " + state.what();
    commits.write(new GroupCommit.Write(what, both, () -> sql.transaction(what, both)));
  }

  private GroupCommit.Write saving(ConversationState s) {
    Object[] updateArgs = {s.owner(), s.organisation(), s.updated(), s.screening(), s.pending(), s.asked(), s.key()};
    Object[] insertArgs = {s.key(), s.owner(), s.organisation(), s.updated(), s.screening(), s.pending(), s.asked()};
    return new GroupCommit.Write("keep a conversation's state",
        c -> Sql.update(c, UPDATE, updateArgs) > 0 || Sql.update(c, INSERT, insertArgs) > 0,
        () -> sql.upsert(UPDATE, updateArgs, INSERT, insertArgs));
  }

  /** Forgets a conversation; returns false when none was kept under the key. */
  public boolean delete(String key) {
    return sql.update("DELETE FROM conversation WHERE conversation_key = ?", key) > 0;
  }

  /** Returns the conversations whose last message came before {@code time}, the longest idle first. */
  public List<ConversationState> idleSince(Instant time) {
    return sql.list(STATES + "WHERE updated < ? ORDER BY updated, conversation_key", ConversationStore::state, time);
  }

  private static ConversationState state(ResultSet row) throws SQLException {
    return new ConversationState(row.getString("conversation_key"), row.getString("owner"), row.getString("organisation"),
        Sql.instant(row, "updated"), row.getString("screening"), row.getString("pending"),
        row.getString("asked"));
  }
}
