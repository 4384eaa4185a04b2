package signpost.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import signpost.bot.admin.AdminSession;
import signpost.bot.admin.Identity;
import signpost.bot.admin.RandomTokens;

/** Admin sign-ins taken once and sessions found by their token until they expire, on H2 and PostgreSQL. */
class AdminSessionStoreTest {

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

    private static final Identity ALEX = new Identity("alex-subject", "Alex Admin", List.of("staff", "cambs-edi-admins"));

    @Test
    void a_started_sign_in_is_taken_once_by_its_state_and_another_replica_finds_it_gone() {
      AdminSessionStore store = database.adminSessions();
      Instant now = clock.instant();
      store.start("state-1", new AdminSessionStore.Started("nonce-1", "verifier-1"), now, now.plusSeconds(600));

      try (Database replica = reopen()) {
        assertEquals(Optional.of(new AdminSessionStore.Started("nonce-1", "verifier-1")), replica.adminSessions().take("state-1", now));
      }
      assertEquals(Optional.empty(), store.take("state-1", now));
      assertEquals(Optional.empty(), store.take("state-never-started", now));
    }

    @Test
    void a_sign_in_past_its_time_is_not_taken_and_is_removed_when_the_next_starts() throws Exception {
      AdminSessionStore store = database.adminSessions();
      Instant now = clock.instant();
      store.start("state-old", new AdminSessionStore.Started("n", "v"), now, now.plusSeconds(600));
      clock.advance(Duration.ofMinutes(11));

      assertEquals(Optional.empty(), store.take("state-old", clock.instant()));
      store.start("state-new", new AdminSessionStore.Started("n2", "v2"), clock.instant(), clock.instant().plusSeconds(600));
      assertEquals(List.of("state-new"), column("SELECT state FROM admin_sign_in"));
    }

    @Test
    void a_session_is_found_by_its_token_until_it_expires_and_only_its_hash_is_kept() throws Exception {
      AdminSessionStore store = database.adminSessions();
      AdminSession session = new AdminSession(ALEX, "csrf-1", clock.instant().plus(Duration.ofHours(8)));
      store.open("cookie-token", session);

      assertEquals(Optional.of(session), store.find("cookie-token", clock.instant()));
      assertEquals(Optional.empty(), store.find(RandomTokens.digest("cookie-token"), clock.instant()), "the kept hash is no token");
      assertEquals(List.of(RandomTokens.digest("cookie-token")), column("SELECT token_hash FROM admin_session"));
      clock.advance(Duration.ofHours(8));
      assertEquals(Optional.empty(), store.find("cookie-token", clock.instant()));
    }

    @Test
    void a_closed_session_is_not_found() {
      AdminSessionStore store = database.adminSessions();
      store.open("cookie-token", new AdminSession(ALEX, "csrf-1", clock.instant().plus(Duration.ofHours(8))));

      assertTrue(store.close("cookie-token"));
      assertFalse(store.close("cookie-token"));
      assertEquals(Optional.empty(), store.find("cookie-token", clock.instant()));
    }
  }
}
