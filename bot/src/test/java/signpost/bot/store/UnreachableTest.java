package signpost.bot.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.bot.config.StoreSettings;

/**
 * The store writer tells a database out of reach (whose batch it drops whole, rather than waiting for it write by
 * write) from a write that fails on its own (written again alone), from what a real pool and a real database throw.
 */
class UnreachableTest {

  @TempDir Path folder;

  @Test
  void no_connection_from_a_pool_whose_database_is_not_there_is_out_of_reach() throws Exception {
    try (HikariDataSource pool = poolWithoutDatabase()) {
      StoreException failure = assertThrows(StoreException.class,
          () -> new Sql(pool).transaction("keep an id", c -> Sql.update(c, "SELECT 1")));

      assertTrue(WriteBehind.unreachable(failure), failure.toString());
    }
  }

  /** Returns a pool of PostgreSQL connections to a free port where no database listens, giving up after half a second. */
  static HikariDataSource poolWithoutDatabase() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + port + "/none");
    config.setDriverClassName("org.postgresql.Driver");
    config.setConnectionTimeout(500);
    config.setInitializationFailTimeout(-1);
    return new HikariDataSource(config);
  }

  @Test
  void a_statement_that_fails_on_a_database_in_reach_is_not_out_of_reach() {
    try (Database database = Database.open(StoreSettings.embedded(folder))) {
      StoreException failure = assertThrows(StoreException.class,
          () -> database.sql().transaction("write to no table", (Connection c) -> Sql.update(c, "INSERT INTO no_such_table VALUES (1)")));

      assertFalse(WriteBehind.unreachable(failure), failure.toString());
    }
  }
}
