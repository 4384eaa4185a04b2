package signpost.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import signpost.bot.config.Retention;
import signpost.bot.conversation.ConversationState;
import signpost.bot.core.Feedback;
import signpost.bot.edi.Unanswered;
import signpost.bot.screening.Screening;

/**
 * The purge deletes each kind of data once it is past its own retention, by its own time, and nothing younger; a day's
 * purge runs on one replica only; on H2 and PostgreSQL with a clock the test moves.
 */
class PurgeTest {

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

  static final Retention RETENTION = new Retention(Duration.ofDays(90), Duration.ofDays(30), Duration.ofDays(400), Duration.ofDays(1));
  private static final Duration SECOND = Duration.ofSeconds(1);

  abstract class Contract extends StoreContract {

    /** Keeps one of each kind just past its retention ("old") and one just within it ("new"), as of {@code purgeAt}. */
    private void keepEachKind(Instant purgeAt) {
      for (String age : List.of("old", "new")) {
        Duration by = age.equals("old") ? SECOND : SECOND.negated();
        database.questions().log("cambridgeshire", age + " question", Unanswered.REFUSED, "web", "owner-1",
            purgeAt.minus(RETENTION.questions()).minus(by));
        database.questions().answered(age + "-answer", "cambridgeshire", age + " answered question", "web", "owner-1",
            purgeAt.minus(Duration.ofDays(1)).minus(by), Instant.EPOCH);
        database.feedback().rate(new Feedback(age + "-answer", false, "web"), "owner-1",
            purgeAt.minus(RETENTION.feedback()).minus(by), 10_000);
        database.screenings().save(Screening.start("SCR-" + age.toUpperCase(), "cambridgeshire", "owner-1",
            purgeAt.minus(RETENTION.screenings()).minus(by)));
        database.conversations().save(new ConversationState("web:" + age + "|owner-1", "owner-1", "cambridgeshire",
            purgeAt.minus(RETENTION.conversations()).minus(by), null, null, null));
      }
    }

    @Test
    void a_purge_deletes_what_is_past_its_retention_and_nothing_else() throws Exception {
      clock.advance(Duration.ofDays(500));
      keepEachKind(clock.instant());

      Purge.Purged purged = new Purge(database, RETENTION, clock).run();

      assertEquals(new Purge.Purged(2, 1, 1, 1), purged);
      assertEquals(List.of("new question"), column("SELECT question FROM unanswered_question"));
      assertEquals(List.of("new answered question"), column("SELECT question FROM rated_question"));
      assertEquals(List.of("new-answer"), column("SELECT answer_id FROM rating"));
      assertEquals(List.of("SCR-NEW"), column("SELECT reference FROM screening"));
      assertEquals(List.of("web:new|owner-1"), column("SELECT conversation_key FROM conversation"));
    }

    @Test
    void a_second_purge_at_the_same_time_deletes_nothing_more() {
      clock.advance(Duration.ofDays(500));
      keepEachKind(clock.instant());
      Purge purge = new Purge(database, RETENTION, clock);
      purge.run();

      assertEquals(0, purge.run().total());
    }

    @Test
    void what_was_within_its_retention_goes_once_the_clock_passes_it() throws Exception {
      clock.advance(Duration.ofDays(500));
      keepEachKind(clock.instant());
      Purge purge = new Purge(database, RETENTION, clock);
      purge.run();
      clock.advance(SECOND.multipliedBy(2));

      assertEquals(new Purge.Purged(2, 1, 1, 1), purge.run());
      assertEquals(List.of(), column("SELECT reference FROM screening"));
    }

    @Test
    void a_days_purge_runs_on_the_first_replica_to_claim_it_and_again_the_next_day() throws Exception {
      clock.advance(Duration.ofDays(500));
      keepEachKind(clock.instant());
      try (Database other = reopen()) {
        Optional<Purge.Purged> first = new Purge(database, RETENTION, clock).daily();
        Optional<Purge.Purged> second = new Purge(other, RETENTION, clock).daily();
        clock.advance(Duration.ofDays(1));
        Optional<Purge.Purged> nextDay = new Purge(other, RETENTION, clock).daily();

        assertEquals(Optional.of(new Purge.Purged(2, 1, 1, 1)), first);
        assertEquals(Optional.empty(), second);
        assertEquals(Optional.of(new Purge.Purged(2, 1, 1, 1)), nextDay);
      }
    }
  }
}
