package signpost.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import signpost.bot.core.Citation;
import signpost.bot.screening.CharacteristicNote;
import signpost.bot.screening.Impact;
import signpost.bot.screening.Screening;
import signpost.bot.screening.Status;
import signpost.rules.decision.Verdict;

/** Screenings are kept whole by reference, listed by owner newest first, deleted and counted by status. */
class ScreeningStoreTest {

  static final Instant START = Instant.parse("2026-12-01T09:00:00.123456789Z");

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

  /** Returns a screening with every field filled, times to the nanosecond. */
  static Screening full(String reference, String owner) {
    return new Screening(reference, "cambridgeshire", owner, START, START.plusSeconds(90), Status.COMPLETE,
        "Cutting the day-centre hours", List.of("older people, about 120", "carers"),
        List.of(new CharacteristicNote("age", Impact.NEGATIVE, "most users are over 75"),
            new CharacteristicNote("rural isolation", Impact.NOT_KNOWN, null)),
        "attendance figures", "not yet asked", "a minibus on Fridays", "Adults Committee", "February", "next May",
        Verdict.REQUIRED, List.of("a service used mostly by older people is reduced"), List.of("RequireEqiaForServiceReduction"),
        List.of(new Citation("edi-strategy.pdf", "EDI Strategy", "Meeting our public duty", 10, "We assess the impact..."),
            new Citation("guide.md", "EqIA guide", null, null, "Screen first.")));
  }

  abstract class Contract extends StoreContract {

    @Test
    void a_saved_screening_is_found_whole_by_its_reference() {
      Screening screening = full("SCR-7F3K-9QXW-M2HD", "owner-a");

      database.screenings().save(screening);

      assertEquals(Optional.of(screening), database.screenings().find("SCR-7F3K-9QXW-M2HD"));
      assertEquals(Optional.empty(), database.screenings().find("SCR-NONE"));
    }

    @Test
    void an_empty_open_screening_keeps_its_nulls() {
      Screening started = Screening.start("SCR-1", null, "owner-a", START);

      database.screenings().save(started);

      assertEquals(Optional.of(started), database.screenings().find("SCR-1"));
    }

    @Test
    void saving_a_screening_again_replaces_it() {
      Screening started = Screening.start("SCR-1", "cambridgeshire", "owner-a", START);
      database.screenings().save(started);

      Screening abandoned = started.withStatus(Status.ABANDONED, START.plusSeconds(60));
      database.screenings().save(abandoned);

      assertEquals(Optional.of(abandoned), database.screenings().find("SCR-1"));
      assertEquals(List.of(abandoned), database.screenings().byOwner("owner-a"));
    }

    @Test
    void an_owner_s_screenings_come_most_recently_changed_first_and_no_one_else_s() {
      Screening old = Screening.start("SCR-OLD", "cambridgeshire", "owner-a", START);
      Screening recent = Screening.start("SCR-NEW", "cambridgeshire", "owner-a", START.plusSeconds(3600));
      Screening touched = Screening.start("SCR-TOUCHED", "cambridgeshire", "owner-a", START.plusSeconds(60))
          .withStatus(Status.COMPLETE, START.plusSeconds(7200));
      database.screenings().save(old);
      database.screenings().save(recent);
      database.screenings().save(touched);
      database.screenings().save(Screening.start("SCR-OTHER", "cambridgeshire", "owner-b", START));

      assertEquals(List.of("SCR-TOUCHED", "SCR-NEW", "SCR-OLD"),
          database.screenings().byOwner("owner-a").stream().map(Screening::reference).toList());
      assertEquals(List.of(), database.screenings().byOwner("owner-c"));
    }

    @Test
    void deleting_a_screening_says_whether_there_was_one() {
      database.screenings().save(Screening.start("SCR-1", null, "owner-a", START));

      assertTrue(database.screenings().delete("SCR-1"));
      assertFalse(database.screenings().delete("SCR-1"));
      assertEquals(Optional.empty(), database.screenings().find("SCR-1"));
    }

    @Test
    void counts_name_every_status_overall_and_per_organisation() {
      database.screenings().save(Screening.start("SCR-1", "cambridgeshire", "owner-a", START));
      database.screenings().save(Screening.start("SCR-2", "cambridgeshire", "owner-b", START));
      database.screenings().save(Screening.start("SCR-3", "derbyshire", "owner-a", START).withStatus(Status.COMPLETE, START));

      assertEquals(Map.of(Status.OPEN, 2L, Status.COMPLETE, 1L, Status.ABANDONED, 0L), database.screenings().counts());
      assertEquals(Map.of(Status.OPEN, 2L, Status.COMPLETE, 0L, Status.ABANDONED, 0L), database.screenings().counts("cambridgeshire"));
      assertEquals(Map.of(Status.OPEN, 0L, Status.COMPLETE, 0L, Status.ABANDONED, 0L), database.screenings().counts("atlantis"));
    }

    @Test
    void screenings_outlive_closing_the_database() {
      Screening screening = full("SCR-KEPT", "owner-a");
      database.screenings().save(screening);
      database.close();

      database = reopen();

      assertEquals(Optional.of(screening), database.screenings().find("SCR-KEPT"));
    }
  }
}
