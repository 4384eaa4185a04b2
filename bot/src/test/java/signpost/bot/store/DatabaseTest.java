package signpost.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import signpost.bot.config.StoreSettings;

/** Opening makes and migrates the embedded database, and says precisely why a database cannot be opened. */
@ExtendWith(TestPostgres.class)
class DatabaseTest {

  @TempDir Path folder;

  @Test
  void the_embedded_database_is_made_in_the_data_folder_and_migrated() throws Exception {
    Path data = folder.resolve("not-yet");

    try (Database database = Database.open(StoreSettings.embedded(data))) {
      assertTrue(Files.exists(data.resolve("signpost.mv.db")));
      assertEquals("H2 in " + data, database.describe());
      assertEquals(0, database.screenings().byOwner("anyone").size());
    }
  }

  @Test
  void on_h2_the_tables_every_answer_writes_to_reserve_ten_thousand_ids_at_a_time_and_postgresql_keeps_its_default() {
    // H2 keeps unquoted names in capitals.
    String query = "SELECT LOWER(table_name), identity_cache FROM information_schema.columns WHERE column_name = 'SEQ' "
        + "AND table_name IN ('ISSUED_ANSWER', 'EXPLAINED_ANSWER', 'UNANSWERED_QUESTION', 'RATING') ORDER BY 1";
    try (Database h2 = Database.open(StoreSettings.embedded(folder.resolve("h2")))) {
      assertEquals(List.of("explained_answer 10000", "issued_answer 10000", "rating 10000", "unanswered_question 10000"),
          h2.sql().list(query, row -> row.getString(1) + " " + row.getLong(2)));
    }
    try (Database postgres = Database.open(Engine.POSTGRESQL.fresh(folder))) {
      assertEquals(List.of("explained_answer 1", "issued_answer 1", "rating 1", "unanswered_question 1"),
          postgres.sql().list("SELECT c.relname, s.seqcache FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid ORDER BY c.relname",
              row -> row.getString(1).replace("_seq_seq", "") + " " + row.getLong(2)).stream()
              .filter(line -> line.matches("(explained_answer|issued_answer|rating|unanswered_question) \\d+")).toList());
    }
  }

  @Test
  void the_embedded_database_keeps_a_small_page_cache() {
    try (Database h2 = Database.open(StoreSettings.embedded(folder.resolve("h2-cache")))) {
      assertEquals(List.of(Integer.toString(Connections.H2_CACHE_KB)),
          h2.sql().list("SELECT setting_value FROM information_schema.settings WHERE setting_name = 'CACHE_SIZE'",
              row -> row.getString(1)));
    }
  }

  @Test
  void a_postgresql_database_is_migrated_once_and_opened_again_as_it_is() {
    StoreSettings settings = Engine.POSTGRESQL.fresh(folder);
    try (Database first = Database.open(settings)) {
      first.conversations().delete("none");
    }

    try (Database again = Database.open(settings)) {
      assertEquals("PostgreSQL at " + settings.url(), again.describe());
    }
  }

  @Test
  void a_data_folder_that_cannot_be_made_is_named() throws IOException {
    Path file = Files.writeString(folder.resolve("a-file"), "not a folder");

    StoreException e = assertThrows(StoreException.class, () -> Database.open(StoreSettings.embedded(file.resolve("data"))));

    assertTrue(e.getMessage().startsWith("cannot make the data folder " + file.resolve("data") + " (SIGNPOST_DATA): "), e.getMessage());
  }

  @Test
  void a_postgresql_that_cannot_be_reached_is_named_with_the_reason_within_the_timeout() throws IOException {
    int closed = freePort();
    String url = "jdbc:postgresql://127.0.0.1:" + closed + "/signpost";
    StoreSettings settings = new StoreSettings(folder, url, "signpost", "secret", null, 2, Duration.ofSeconds(1));
    long start = System.nanoTime();

    StoreException e = assertThrows(StoreException.class, () -> Database.open(settings));

    assertTrue(e.getMessage().startsWith("cannot connect to the database " + url + " (SIGNPOST_DB_URL) as signpost within 1.0 s: "
        + "Connection to 127.0.0.1:" + closed + " refused"), e.getMessage());
    assertFalse(e.getMessage().contains("secret"));
    assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
  }

  @Test
  void a_wrong_password_is_named() {
    StoreSettings good = Engine.POSTGRESQL.fresh(folder);
    StoreSettings wrong = new StoreSettings(folder, good.url(), good.user(), "wrong", null, 2, Duration.ofSeconds(2));

    StoreException e = assertThrows(StoreException.class, () -> Database.open(wrong));

    assertTrue(e.getMessage().contains("password authentication failed for user \"signpost\""), e.getMessage());
  }

  @Test
  void a_data_folder_in_use_by_another_process_is_named_with_what_to_do() throws Exception {
    // A short timeout: the pool retries until it runs out before giving up.
    StoreSettings settings = new StoreSettings(folder.resolve("data"), null, null, null, null, 2, Duration.ofSeconds(1));
    try (ChildJvm other = ChildJvm.saving(settings, folder.resolve("child-errors.txt"))) {
      other.awaitLines(1, Duration.ofSeconds(30));

      StoreException e = assertThrows(StoreException.class, () -> Database.open(settings));

      assertEquals("the database in " + folder.resolve("data") + " is in use by another process: one Signpost at a time may use a "
          + "data folder; stop the other, set SIGNPOST_DATA to another folder, or share a PostgreSQL database (SIGNPOST_DB_URL)",
          e.getMessage());
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
