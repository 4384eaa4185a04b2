package signpost.bot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Runs the stores' short statements on the pool: each in a transaction of its own (auto-commit) unless grouped by
 * {@link #transaction}. Instants are bound as UTC {@code TIMESTAMP WITH TIME ZONE}, to the microsecond (the finest
 * PostgreSQL keeps). A failure becomes a {@link StoreException} naming the statement, never its values.
 */
final class Sql {

  /** SQLSTATE of a unique or primary key violation, on H2 and PostgreSQL alike. */
  private static final String DUPLICATE_KEY = "23505";

  /** Reads one row. */
  interface Row<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** Statements that commit or roll back together. */
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final DataSource source;

  Sql(DataSource source) {
    this.source = source;
  }

  /** Runs an INSERT, UPDATE or DELETE and returns how many rows it changed. */
  int update(String sql, Object... args) {
    try (Connection c = source.getConnection()) {
      return update(c, sql, args);
    } catch (SQLException e) {
      throw failed(sql, e);
    }
  }

  /** Runs an INSERT and returns false, changing nothing, when a row with the same unique key is already there. */
  boolean insertIfAbsent(String sql, Object... args) {
    try (Connection c = source.getConnection()) {
      update(c, sql, args);
      return true;
    } catch (SQLException e) {
      if (DUPLICATE_KEY.equals(e.getSQLState())) return false;
      throw failed(sql, e);
    }
  }

  /**
   * Updates a row, or inserts it when there is none. When another writer inserts the same key between the two, its
   * row is updated instead: no lock is held and the statements are the same on H2 and PostgreSQL.
   */
  void upsert(String update, Object[] updateArgs, String insert, Object[] insertArgs) {
    for (int attempt = 0; attempt < 3; attempt++) {
      if (update(update, updateArgs) > 0 || insertIfAbsent(insert, insertArgs)) return;
    }
    throw new StoreException("could not insert or update after three attempts: " + insert, null);
  }

  <T> List<T> list(String sql, Row<T> row, Object... args) {
    try (Connection c = source.getConnection(); PreparedStatement statement = prepare(c, sql, args);
         ResultSet rows = statement.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (rows.next()) out.add(row.read(rows));
      return out;
    } catch (SQLException e) {
      throw failed(sql, e);
    }
  }

  <T> Optional<T> one(String sql, Row<T> row, Object... args) {
    List<T> rows = list(sql, row, args);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /**
   * Runs statements as one transaction, retried up to three times when they collide with another writer's on a
   * unique key.
   *
   * @param what what the work does, for the message when it fails
   */
  <T> T transaction(String what, Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try (Connection c = source.getConnection()) {
        // The pool puts auto-commit back when the connection returns to it.
        c.setAutoCommit(false);
        try {
          T result = work.run(c);
          c.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        }
      } catch (SQLException e) {
        if (DUPLICATE_KEY.equals(e.getSQLState()) && attempt < 3) continue;
        throw new StoreException("could not " + what + ": " + e.getMessage(), e);
      }
    }
  }

  static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement statement = prepare(c, sql, args)) {
      return statement.executeUpdate();
    }
  }

  static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
    try (PreparedStatement statement = prepare(c, sql, args); ResultSet rows = statement.executeQuery()) {
      return rows.next() ? Optional.of(row.read(rows)) : Optional.empty();
    }
  }

  static <T> List<T> list(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
    try (PreparedStatement statement = prepare(c, sql, args); ResultSet rows = statement.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (rows.next()) out.add(row.read(rows));
      return out;
    }
  }

  /**
   * Deletes all but the {@code kept} newest rows of a table ordered by its {@code seq} column. The newest row to go is
   * looked up first: as a subquery of the DELETE, H2 would look it up again for every row.
   */
  static int keepNewest(Connection c, String table, int kept) throws SQLException {
    Optional<Long> last = lastToGo(c, table, kept);
    return last.isEmpty() ? 0 : update(c, "DELETE FROM " + table + " WHERE seq <= ?", last.get());
  }

  private static Optional<Long> lastToGo(Connection c, String table, int kept) throws SQLException {
    return one(c, "SELECT seq FROM " + table + " ORDER BY seq DESC OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY",
        row -> row.getLong(1), kept);
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
    return time == null ? null : time.toInstant();
  }

  /** Returns the time as the database keeps it: to the microsecond. */
  static Instant stored(Instant time) {
    return time.truncatedTo(ChronoUnit.MICROS);
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
    PreparedStatement statement = c.prepareStatement(sql);
    try {
      for (int i = 0; i < args.length; i++) {
        Object arg = args[i];
        if (arg == null) statement.setNull(i + 1, Types.VARCHAR);
        else if (arg instanceof Instant time) statement.setObject(i + 1, OffsetDateTime.ofInstant(stored(time), ZoneOffset.UTC));
        else statement.setObject(i + 1, arg);
      }
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  private static StoreException failed(String sql, SQLException e) {
    return new StoreException("database statement failed (" + e.getSQLState() + "): " + sql + ": " + e.getMessage(), e);
  }
}
