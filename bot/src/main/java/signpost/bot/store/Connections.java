package signpost.bot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import signpost.bot.config.StoreSettings;

/**
 * Connects the pool the settings describe, or says precisely why not: the data folder cannot be made, another
 * process holds the embedded database, or the database server cannot be reached or refuses the user.
 */
final class Connections {

  /** The embedded database's file is {@code signpost.mv.db} in the data folder. */
  static final String EMBEDDED_NAME = "signpost";
  /**
   * The embedded database's page cache, in KB (H2's default is 16 MB). Signpost reads little back (a 👎's question,
   * a "Why?" text, the admin page) and writes a row or a text for most new answers: H2 copies each page it changes,
   * and a large cache kept the old copies long enough to outlive the young generation, so that under a run of new
   * questions they filled the old one and the collector stopped the server for a full collection every 20 s or so.
   */
  static final int H2_CACHE_KB = 2048;
  /** H2's error code when another process holds the database file. */
  private static final int H2_ALREADY_OPEN = 90020;

  private Connections() {}

  /** @param meters where the pool reports its connections and waits, or null */
  static HikariDataSource pool(StoreSettings settings, MeterRegistry meters) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("signpost-store");
    if (meters != null) config.setMetricRegistry(meters);
    config.setJdbcUrl(url(settings));
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(settings.poolSize());
    config.setMinimumIdle(Math.min(2, settings.poolSize()));
    long timeout = settings.timeout().toMillis();
    config.setConnectionTimeout(timeout);
    config.setValidationTimeout(Math.max(250, timeout / 2));
    // Fails start-up after one timeout instead of serving without a database.
    config.setInitializationFailTimeout(timeout);
    if (isH2(settings)) {
      config.setDriverClassName("org.h2.Driver");
    } else {
      config.setDriverClassName("org.postgresql.Driver");
      long seconds = Math.max(1, settings.timeout().toSeconds());
      config.addDataSourceProperty("connectTimeout", seconds);
      config.addDataSourceProperty("loginTimeout", seconds);
      config.addDataSourceProperty("socketTimeout", Database.QUERY_TIMEOUT.toSeconds());
      config.addDataSourceProperty("ApplicationName", "signpost");
    }
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StoreException(reason(settings, e), e);
    }
  }

  /** Returns true when the settings name H2 (the embedded default or an H2 URL), false for PostgreSQL. */
  static boolean isH2(StoreSettings settings) {
    return settings.isEmbedded() || settings.url().startsWith("jdbc:h2:");
  }

  /** Returns where the data is, for people: "H2 in FOLDER" or "PostgreSQL at URL". */
  static String describe(StoreSettings settings) {
    if (settings.isEmbedded()) return "H2 in " + settings.data().toAbsolutePath();
    return (settings.url().startsWith("jdbc:h2:") ? "H2 at " : "PostgreSQL at ") + settings.url();
  }

  /**
   * Returns the JDBC URL: the one set, or the embedded database's file in the data folder, made if missing. Each
   * commit is written to the file before it returns (WRITE_DELAY=0), so a process killed at any moment loses nothing
   * it acknowledged; the database closes with the pool, not in H2's own shutdown hook, so that stopping still writes.
   */
  static String url(StoreSettings settings) {
    if (!settings.isEmbedded()) return settings.url();
    Path folder = settings.data().toAbsolutePath();
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new StoreException("cannot make the data folder " + folder + " (SIGNPOST_DATA): " + e, e);
    }
    return "jdbc:h2:file:" + folder.resolve(EMBEDDED_NAME) + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=" + H2_CACHE_KB;
  }

  private static String reason(StoreSettings settings, RuntimeException e) {
    SQLException sql = sqlCause(e);
    String why = sql != null ? sql.getMessage() : String.valueOf(e.getMessage());
    if (settings.isEmbedded() && sql != null && sql.getErrorCode() == H2_ALREADY_OPEN) {
      return "the database in " + settings.data().toAbsolutePath() + " is in use by another process: one Signpost at a time may "
          + "use a data folder; stop the other, set SIGNPOST_DATA to another folder, or share a PostgreSQL database (SIGNPOST_DB_URL)";
    }
    String who = settings.user() == null ? "" : " as " + settings.user();
    String where = settings.isEmbedded() ? describe(settings) + " (SIGNPOST_DATA)" : settings.url() + " (SIGNPOST_DB_URL)";
    return "cannot connect to the database " + where + who + " within " + settings.timeout().toMillis() / 1000.0 + " s: " + why;
  }

  private static SQLException sqlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) return sql;
    }
    return null;
  }
}
