package signpost.bot.store;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import signpost.bot.config.StoreSettings;

/**
 * Gives the test classes it extends a real PostgreSQL: one {@link PostgresCluster} for the whole test run, started
 * before the first class that needs it and stopped when every test has run (JUnit closes it with the root store).
 */
public final class TestPostgres implements BeforeAllCallback {

  private static volatile PostgresCluster cluster;

  @Override
  public void beforeAll(ExtensionContext context) {
    cluster = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(PostgresCluster.class, key -> {
          try {
            return PostgresCluster.start();
          } catch (Exception e) {
            throw new IllegalStateException("the test PostgreSQL did not start: " + e.getMessage(), e);
          }
        }, PostgresCluster.class);
  }

  /**
   * Returns settings for a new, empty database of its own.
   *
   * @param data the data folder the settings name (PostgreSQL does not use it)
   * @throws IllegalStateException when the calling class is not extended with this extension
   */
  public static StoreSettings newDatabase(Path data) {
    if (cluster == null) throw new IllegalStateException("annotate the test class with @ExtendWith(TestPostgres.class)");
    try {
      return cluster.newDatabase(data);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot make a test database: " + e.getMessage(), e);
    }
  }

  /**
   * Waits, up to ten seconds, until the database of {@code settings} holds a row for the query: what one replica
   * writes behind its answers reaches the others once committed, a moment after the answer (see {@link WriteBehind}).
   *
   * @throws AssertionError when no row comes
   */
  public static void awaitRow(StoreSettings settings, String query, String parameter) throws Exception {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(settings.url(), settings.user(), settings.password());
         java.sql.PreparedStatement statement = c.prepareStatement(query)) {
      statement.setString(1, parameter);
      while (System.nanoTime() < deadline) {
        try (java.sql.ResultSet row = statement.executeQuery()) {
          if (row.next()) return;
        }
        Thread.sleep(20);
      }
    }
    throw new AssertionError("no row for " + query + " with " + parameter + " within 10 s");
  }

  /**
   * Waits, up to ten seconds, until the database of {@code settings} holds the text "Why?" explains for the answer
   * given under this signed id (its third part is the text's digest).
   */
  public static void awaitExplained(StoreSettings settings, String signedId) throws Exception {
    String digest = java.util.HexFormat.of().formatHex(java.util.Base64.getUrlDecoder().decode(signedId.split("\\.")[2]));
    awaitRow(settings, "SELECT 1 FROM explained_text WHERE digest = ?", digest);
  }
}
