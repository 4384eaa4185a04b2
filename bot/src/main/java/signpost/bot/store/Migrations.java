package signpost.bot.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.api.ClassProvider;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;

/**
 * The schema's migrations as Flyway finds them, but named in {@value #INDEX} rather than looked for: Flyway's classpath
 * scanner reads every entry of the jar it runs from (about 35,000 in Signpost's) at each start, a tenth of a second of
 * a warm start's CPU. Each migration is the resource Flyway's own scanner would have made, so checksums and the schema
 * history are the same. {@code MigrationsTest} fails when a file under {@code db/} is missing from the index.
 */
final class Migrations implements ResourceProvider {

  static final String INDEX = "db/migrations.txt";
  /** Flyway's notes in its history that it made the schema or the table it keeps the history in: not migrations. */
  private static final Set<String> FLYWAY_NOTES = Set.of("SCHEMA", "TABLE");
  private static final String HISTORY = "SELECT \"version\", \"checksum\", \"success\", \"type\" FROM \"flyway_schema_history\"";

  private final List<LoadableResource> resources = new ArrayList<>();

  /** @param folders the folders to migrate from, e.g. {@code db/migration}, in Flyway's order of locations */
  Migrations(List<String> folders) {
    ClassLoader loader = Migrations.class.getClassLoader();
    List<String> listed = listed(loader);
    for (String folder : folders) {
      Location location = new Location("classpath:" + folder);
      for (String path : listed) {
        if (path.startsWith(folder + "/")) resources.add(new ClassPathResource(location, path, loader, StandardCharsets.UTF_8));
      }
    }
  }

  /** Returns the paths the index names, in its order. */
  static List<String> listed(ClassLoader loader) {
    InputStream in = loader.getResourceAsStream(INDEX);
    if (in == null) throw new IllegalStateException(INDEX + " is missing from the build");
    List<String> paths = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String path = line.strip();
        if (!path.isEmpty() && !path.startsWith("#")) paths.add(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + INDEX, e);
    }
    return paths;
  }

  /**
   * Returns true when the schema history records each of these migrations, applied with the checksum its file has now,
   * and nothing else: Flyway's migrate would find nothing to apply and nothing to report, so a restart need not run it
   * (loading and running Flyway took about a third of a second of a warm start's database opening). Anything else is
   * left to Flyway, which migrates or says what is wrong: no history yet (a new database), a migration that failed, one
   * this build does not ship (applied by a newer Signpost), a file changed since it was applied, one not yet applied.
   */
  boolean upToDate(DataSource source) {
    Map<MigrationVersion, Integer> shipped = new HashMap<>();
    for (LoadableResource resource : resources) shipped.put(version(resource.getFilename()), ChecksumCalculator.calculate(resource));
    Map<MigrationVersion, Integer> applied = new HashMap<>();
    try (Connection c = source.getConnection(); Statement statement = c.createStatement();
         ResultSet rows = statement.executeQuery(HISTORY)) {
      while (rows.next()) {
        if (FLYWAY_NOTES.contains(rows.getString(4))) continue;
        String version = rows.getString(1);
        int checksum = rows.getInt(2);
        if (version == null || rows.wasNull() || !rows.getBoolean(3)) return false;
        if (applied.put(MigrationVersion.fromVersion(version), checksum) != null) return false;
      }
    } catch (SQLException e) {
      return false;
    }
    return applied.equals(shipped);
  }

  /** Returns the version a migration's file name gives, as Flyway reads it: {@code V6_1__identity_cache.sql} is 6.1. */
  private static MigrationVersion version(String file) {
    return MigrationVersion.fromVersion(file.substring(1, file.indexOf("__")));
  }

  /** Signpost has no migrations written in Java. */
  static ClassProvider<JavaMigration> noJavaMigrations() {
    return List::of;
  }

  @Override
  public LoadableResource getResource(String name) {
    for (LoadableResource resource : resources) {
      if (resource.getRelativePath().equals(name) || resource.getAbsolutePath().equals(name)) return resource;
    }
    return null;
  }

  @Override
  public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
    List<LoadableResource> found = new ArrayList<>();
    for (LoadableResource resource : resources) {
      String file = resource.getFilename();
      if (!file.startsWith(prefix)) continue;
      for (String suffix : suffixes) {
        if (file.endsWith(suffix)) {
          found.add(resource);
          break;
        }
      }
    }
    return found;
  }
}
