package signpost.bot.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import signpost.bot.config.StoreSettings;

/**
 * Reads a server's database as it is, for tests outside the store package that check what was kept, or that nothing
 * was: the writes it holds behind answers are flushed first.
 */
public final class Tables {

  private Tables() {}

  /** Returns the first column of every row {@code sql} selects, as text. */
  public static List<String> column(Database database, StoreSettings settings, String sql) throws SQLException {
    database.flush();
    List<String> values = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(Connections.url(settings), settings.user(), settings.password());
         Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) values.add(rows.getString(1));
    }
    return values;
  }
}
