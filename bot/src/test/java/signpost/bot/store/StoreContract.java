package signpost.bot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import signpost.bot.config.StoreSettings;

/**
 * The base of a store's contract test, which runs once per {@link Engine}: each test gets an empty database of its
 * own, opened with a {@link TestClock}, and closed after it. A test class nests one subclass per engine, the
 * PostgreSQL one extended with {@link TestPostgres}.
 */
public abstract class StoreContract {

  @TempDir protected Path folder;
  protected final TestClock clock = new TestClock();
  protected StoreSettings settings;
  protected Database database;

  protected abstract Engine engine();

  @BeforeEach
  void openDatabase() {
    settings = engine().fresh(folder);
    database = Database.open(settings, clock);
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  /**
   * Returns the first column of every row a query gives, read on a connection of its own once what the test's answers
   * wrote behind them is committed (as it is long before anyone could look).
   */
  protected List<String> column(String sql) throws SQLException {
    database.flush();
    List<String> values = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(Connections.url(settings), settings.user(), settings.password());
         Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) values.add(rows.getString(1));
    }
    return values;
  }

  /** Runs a statement with these parameters on a connection of its own, e.g. to write rows as an older Signpost did. */
  protected int execute(String sql, Object... parameters) throws SQLException {
    database.flush();
    try (Connection c = DriverManager.getConnection(Connections.url(settings), settings.user(), settings.password());
         PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) statement.setObject(i + 1, parameters[i]);
      return statement.executeUpdate();
    }
  }

  /** Opens the same database again, as a restart or another replica does. */
  protected Database reopen() {
    return Database.open(settings, clock);
  }
}
