package signpost.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import signpost.bot.conversation.ConversationState;
import signpost.bot.screening.Screening;

/** Conversation states are kept by key, replaced on save, deleted, and found when idle. */
class ConversationStoreTest {

  static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");
  /** A Teams channel thread's id, longer than most keys. */
  static final String TEAMS_KEY = "teams:19:3f1c0a7e9b2d4c6f8a1e5b7d9c0f2a4e@thread.tacv2;messageid=1700000000123";

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
    void a_saved_state_is_found_by_its_key_with_its_nulls() {
      ConversationState filling = new ConversationState(TEAMS_KEY, "owner-a", "cambridgeshire", NINE, "SCR-1", "affected",
          "What is the PSED, [name]?");
      ConversationState idle = new ConversationState("slack:T01:C02:1700000000.000100", "owner-b", null, NINE, null, null, null);

      database.conversations().save(filling);
      database.conversations().save(idle);

      assertEquals(Optional.of(filling), database.conversations().find(TEAMS_KEY));
      assertEquals(Optional.of(idle), database.conversations().find("slack:T01:C02:1700000000.000100"));
      assertEquals(Optional.empty(), database.conversations().find("web:none"));
    }

    @Test
    void saving_a_state_again_replaces_it() {
      database.conversations().save(new ConversationState("web:1", "owner-a", "cambridgeshire", NINE, "SCR-1", "affected", null));
      ConversationState next = new ConversationState("web:1", "owner-a", "cambridgeshire", NINE.plusSeconds(30), null, null, null);

      database.conversations().save(next);

      assertEquals(Optional.of(next), database.conversations().find("web:1"));
    }

    @Test
    void deleting_a_state_says_whether_there_was_one() {
      database.conversations().save(new ConversationState("cli:c01", "owner-a", null, NINE, null, null, null));

      assertTrue(database.conversations().delete("cli:c01"));
      assertFalse(database.conversations().delete("cli:c01"));
      assertEquals(Optional.empty(), database.conversations().find("cli:c01"));
    }

    @Test
    void idle_conversations_are_those_updated_before_the_time_longest_idle_first() {
      ConversationState oldest = new ConversationState("web:oldest", "owner-a", null, NINE, "SCR-1", "evidence", null);
      ConversationState older = new ConversationState("web:older", "owner-b", null, NINE.plusSeconds(60), null, null, null);
      ConversationState atTheTime = new ConversationState("web:at", "owner-c", null, NINE.plusSeconds(120), null, null, null);
      database.conversations().save(older);
      database.conversations().save(atTheTime);
      database.conversations().save(oldest);

      assertEquals(List.of(oldest, older), database.conversations().idleSince(NINE.plusSeconds(120)));
      assertEquals(List.of(), database.conversations().idleSince(NINE));
    }

    @Test
    void a_screening_and_its_conversation_are_kept_together() {
      Screening screening = ScreeningStoreTest.full("SCR-7", "owner-a");
      ConversationState state = new ConversationState(TEAMS_KEY, "owner-a", "cambridgeshire", NINE, "SCR-7", "evidence", null);

      database.conversations().save(state, database.screenings().saving(screening));

      assertEquals(Optional.of(state), database.conversations().find(TEAMS_KEY));
      assertEquals(Optional.of(screening), database.screenings().find("SCR-7"));
    }

    @Test
    void a_screening_is_not_kept_when_its_conversation_cannot_be() {
      Screening screening = ScreeningStoreTest.full("SCR-8", "owner-a");
      // Longer than the column: the database refuses the state after the screening's row is written.
      ConversationState refused = new ConversationState("web:" + "x".repeat(1000), "owner-a", null, NINE, "SCR-8", null, null);

      assertThrows(StoreException.class, () -> database.conversations().save(refused, database.screenings().saving(screening)));

      assertEquals(Optional.empty(), database.screenings().find("SCR-8"));
    }

    @Test
    void times_are_kept_to_the_microsecond() {
      database.conversations().save(new ConversationState("web:1", "owner-a", null, Instant.parse("2026-12-01T09:00:00.123456789Z"), null, null, null));

      assertEquals(Instant.parse("2026-12-01T09:00:00.123456Z"), database.conversations().find("web:1").orElseThrow().updated());
    }
  }
}
