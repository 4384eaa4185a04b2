package signpost.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import signpost.bot.config.StoreSettings;

/**
 * The migrations named in {@value Migrations#INDEX} are every file under {@code db/}, and a database migrated from them
 * has the schema history, checksums included, that Flyway's own scan of the classpath gives.
 */
@ExtendWith(TestPostgres.class)
class MigrationsTest {

  private static final String HISTORY = "SELECT \"version\", \"description\", \"type\", \"script\", \"checksum\" "
      + "FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"";

  @TempDir Path folder;

  @Test
  void the_index_names_every_migration_file_in_the_source() throws IOException {
    Path resources = Path.of("src", "main", "resources");
    List<String> files;
    try (Stream<Path> walk = Files.walk(resources.resolve("db"))) {
      files = walk.filter(f -> f.toString().endsWith(".sql")).map(f -> resources.relativize(f).toString().replace('\\', '/'))
          .sorted().toList();
    }

    assertEquals(files, Migrations.listed(getClass().getClassLoader()).stream().sorted().toList(),
        "add each new migration to bot/src/main/resources/" + Migrations.INDEX);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void a_database_migrated_from_the_index_has_the_history_flyways_own_scan_gives(Engine engine) throws Exception {
    StoreSettings scanned = engine.fresh(folder.resolve("scanned"));
    StoreSettings listed = engine.fresh(folder.resolve("listed"));
    List<String> locations = engine == Engine.H2 ? List.of("classpath:db/migration", "classpath:db/h2")
        : List.of("classpath:db/migration");
    try (var pool = Connections.pool(scanned, null)) {
      Flyway.configure().dataSource(pool).locations(locations.toArray(String[]::new)).load().migrate();
    }

    try (Database byScan = Database.open(scanned); Database byIndex = Database.open(listed)) {
      List<String> expected = byScan.sql().list(HISTORY, MigrationsTest::row);
      // Flyway's scan found every migration the engine takes (the history also has a row for its own table on H2).
      List<String> files = Migrations.listed(getClass().getClassLoader()).stream()
          .filter(p -> engine == Engine.H2 || p.startsWith("db/migration/")).map(p -> p.substring(p.lastIndexOf('/') + 1))
          .sorted().toList();
      assertEquals(files, expected.stream().map(r -> r.split(" \\| ")[3]).filter(x -> !x.isEmpty()).sorted().toList());
      assertEquals(expected, byIndex.sql().list(HISTORY, MigrationsTest::row));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void flyway_runs_again_only_when_the_history_is_not_exactly_the_migrations_shipped(Engine engine) throws Exception {
    StoreSettings settings = engine.fresh(folder);
    List<String> folders = engine == Engine.H2 ? List.of("db/migration", "db/h2") : List.of("db/migration");
    Migrations migrations = new Migrations(folders);
    try (var pool = Connections.pool(settings, null)) {
      assertFalse(migrations.upToDate(pool), "a new database has no history");
      Database.open(settings).close();
      assertTrue(migrations.upToDate(pool), () -> "every migration shipped, applied as shipped: " + rows(pool));
      if (engine == Engine.H2) {
        assertFalse(new Migrations(List.of("db/migration")).upToDate(pool), "the history holds db/h2's migration, not listed");
      }

      history(pool, "UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '3'");
      assertFalse(migrations.upToDate(pool), "a file changed since it was applied");
      StoreException changed = assertThrows(StoreException.class, () -> Database.open(settings));
      assertTrue(changed.getMessage().contains("checksum mismatch"), changed.getMessage());
      history(pool, "UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" - 1 WHERE \"version\" = '3'");
      assertTrue(migrations.upToDate(pool));

      history(pool, "UPDATE \"flyway_schema_history\" SET \"success\" = false WHERE \"version\" = '16'");
      assertFalse(migrations.upToDate(pool), "a migration that failed");
      history(pool, "UPDATE \"flyway_schema_history\" SET \"success\" = true WHERE \"version\" = '16'");

      history(pool, "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
          + "\"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
          + "VALUES (99, '99', 'newer', 'SQL', 'V99__newer.sql', 1, 'signpost', 1, true)");
      assertFalse(migrations.upToDate(pool), "a migration a newer Signpost applied");
      // Flyway's judgement, as before: a migration from the future is let be.
      Database.open(settings).close();
    }
  }

  private static List<String> rows(javax.sql.DataSource pool) {
    try (var c = pool.getConnection(); var statement = c.createStatement(); var rows = statement.executeQuery(HISTORY)) {
      List<String> out = new java.util.ArrayList<>();
      while (rows.next()) out.add(row(rows));
      return out;
    } catch (java.sql.SQLException e) {
      return List.of(e.toString());
    }
  }

  private static void history(javax.sql.DataSource pool, String sql) throws java.sql.SQLException {
    try (var c = pool.getConnection(); var statement = c.createStatement()) {
      statement.executeUpdate(sql);
    }
  }

  private static String row(java.sql.ResultSet row) throws java.sql.SQLException {
    return row.getString(1) + " | " + row.getString(2) + " | " + row.getString(3) + " | " + row.getString(4) + " | "
        + row.getLong(5);
  }

  @Test
  void a_resource_not_in_the_index_is_not_found() {
    Migrations migrations = new Migrations(List.of("db/migration"));

    assertNull(migrations.getResource("V99__nothing.sql"));
    assertEquals(List.of("V1__store.sql"),
        migrations.getResources("V1_", new String[] {".sql"}).stream().map(r -> r.getFilename()).toList());
  }
}
