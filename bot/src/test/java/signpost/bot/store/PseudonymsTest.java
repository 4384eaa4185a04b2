package signpost.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import signpost.bot.config.StoreSettings;

/** People's ids become keyed hashes, the same on every replica and after a restart; the key is made once or configured. */
class PseudonymsTest {

  static final String KEY = "a-configured-key-of-at-least-32-characters";

  @Nested
  class OnH2 extends Contract {
    @Override
    protected Engine engine() {
      return Engine.H2;
    }
  }

  @Nested
  @ExtendWith(TestPostgres.class)
  class OnPostgreSQL extends Contract {
    @Override
    protected Engine engine() {
      return Engine.POSTGRESQL;
    }
  }

  abstract class Contract extends StoreContract {

    @Test
    void the_same_person_gets_the_same_id_and_another_person_or_channel_another() {
      Pseudonyms pseudonyms = database.pseudonyms();
      String id = pseudonyms.of("slack:T01", "U0123");

      assertTrue(id.matches("[0-9a-f]{32}"), id);
      assertEquals(id, pseudonyms.of("slack:T01", "U0123"));
      assertNotEquals(id, pseudonyms.of("slack:T01", "U0124"));
      assertNotEquals(id, pseudonyms.of("slack:T02", "U0123"));
      assertNotEquals(pseudonyms.of("a:b", "c"), pseudonyms.of("a", "b:c"));
    }

    @Test
    void the_key_made_by_the_first_replica_is_kept_so_ids_survive_restarts_and_are_shared() throws Exception {
      String id = database.pseudonyms().of("teams:tenant", "29:user");

      try (Database other = reopen()) {
        assertEquals(id, other.pseudonyms().of("teams:tenant", "29:user"));
      }
      assertEquals(1, column("SELECT name FROM store_secret").size());
    }

    @Test
    void a_configured_key_is_used_and_never_stored() throws Exception {
      StoreSettings configured = new StoreSettings(settings.data(), settings.url(), settings.user(), settings.password(), KEY,
          settings.poolSize(), settings.timeout());
      String generated = database.pseudonyms().of("web", "web");
      try (Database withKey = Database.open(configured, clock); Database otherDatabase = Database.open(other(configured), clock)) {
        String id = withKey.pseudonyms().of("web", "web");

        assertNotEquals(generated, id);
        assertEquals(id, otherDatabase.pseudonyms().of("web", "web"));
      }
      assertEquals(List.of(Pseudonyms.KEY_NAME), column("SELECT name FROM store_secret"));
    }

    /** Returns the settings of another, new database with the same key. */
    private StoreSettings other(StoreSettings configured) {
      StoreSettings fresh = engine().fresh(folder.resolve("other"));
      return new StoreSettings(fresh.data(), fresh.url(), fresh.user(), fresh.password(), configured.pseudonymKey(), fresh.poolSize(),
          fresh.timeout());
    }
  }

  @Test
  void an_id_is_the_start_of_the_hmac_sha256_of_the_channel_and_user_so_it_never_changes_under_one_key() {
    // Worked out apart: python3 -c "import hmac,hashlib; print(hmac.new(KEY, b'9:slack:T01|U0123', hashlib.sha256).hexdigest()[:32])"
    assertEquals("ca7b312d80b02afd5d407c30f1099c6d", Pseudonyms.load(null, KEY).of("slack:T01", "U0123"));
  }
}
