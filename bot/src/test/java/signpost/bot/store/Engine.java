package signpost.bot.store;

import java.nio.file.Path;
import signpost.bot.config.StoreSettings;

/** The two databases the store runs on, each giving every test an empty database of its own. */
public enum Engine {
  /** The embedded default: a new H2 file in the test's folder. */
  H2,
  /** A new database in the test run's PostgreSQL (the class must be extended with {@link TestPostgres}). */
  POSTGRESQL;

  /** Returns settings for a new, empty database; H2 keeps it in {@code folder}. */
  public StoreSettings fresh(Path folder) {
    return this == H2 ? StoreSettings.embedded(folder) : TestPostgres.newDatabase(folder);
  }
}
