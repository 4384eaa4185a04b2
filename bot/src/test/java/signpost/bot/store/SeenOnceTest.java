package signpost.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Only the first check of a (kind, key) pair is true, across replicas racing on it, until forgotten or purged. */
class SeenOnceTest {

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
    void only_the_first_check_of_a_kind_and_key_is_true() {
      SeenOnce seen = database.seenOnce();

      assertEquals(List.of(true, false, true, true, false),
          List.of(seen.first("slack-event", "Ev1"), seen.first("slack-event", "Ev1"), seen.first("teams-welcome", "Ev1"),
              seen.first("slack-event", "Ev2"), seen.first("teams-welcome", "Ev1")));
    }

    @Test
    void a_forgotten_pair_is_seen_for_the_first_time_again() {
      SeenOnce seen = database.seenOnce();
      seen.first("slack-event", "Ev1");
      seen.first("slack-event", "Ev2");

      seen.forget("slack-event", "Ev1");

      assertTrue(seen.first("slack-event", "Ev1"));
      assertFalse(seen.first("slack-event", "Ev2"));
    }

    @Test
    void a_purge_forgets_the_pairs_seen_longer_ago_than_the_age() {
      SeenOnce seen = database.seenOnce();
      seen.first("slack-event", "old");
      clock.advance(Duration.ofHours(2));
      seen.first("slack-event", "new");

      assertEquals(1, seen.purge(Duration.ofHours(1)));
      assertTrue(seen.first("slack-event", "old"));
      assertFalse(seen.first("slack-event", "new"));
    }

    @Test
    void checks_purge_what_was_seen_over_a_week_ago_at_most_once_an_hour() {
      SeenOnce seen = database.seenOnce();
      seen.first("slack-event", "old");
      clock.advance(SeenOnce.KEPT.minus(SeenOnce.PURGE_EVERY).plusMinutes(30));
      seen.first("slack-event", "later");
      clock.advance(Duration.ofMinutes(40));

      assertFalse(seen.first("slack-event", "later"), "checked before a purge is due");
      assertFalse(seen.first("slack-event", "old"), "an hour has not passed since the last purge");
      clock.advance(Duration.ofMinutes(30));
      assertTrue(seen.first("slack-event", "old"), "purged, over a week old");
      assertFalse(seen.first("slack-event", "later"));
    }

    @Test
    void replicas_racing_on_the_same_keys_see_each_for_the_first_time_exactly_once() throws Exception {
      int keys = 40;
      try (Database other = reopen()) {
        List<Callable<Integer>> racers = new ArrayList<>();
        for (Database replica : List.of(database, database, other, other)) {
          racers.add(() -> {
            int firsts = 0;
            for (int k = 0; k < keys; k++) if (replica.seenOnce().first("slack-event", "Ev" + k)) firsts++;
            return firsts;
          });
        }
        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        int total = 0;
        try {
          for (Future<Integer> firsts : pool.invokeAll(racers)) total += firsts.get();
        } finally {
          pool.shutdownNow();
        }
        assertEquals(keys, total);
      }
    }

    @Test
    void a_kind_or_key_too_long_to_keep_is_refused_with_its_length() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> database.seenOnce().first("k", "x".repeat(1001)));

      assertEquals("key must be at most 1000 characters: 1001", e.getMessage());
    }
  }
}
