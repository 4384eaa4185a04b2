package signpost.bot.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import signpost.bot.core.Question;
import signpost.bot.core.WrittenAnswers;
import signpost.bot.store.Database;
import signpost.bot.store.Engine;
import signpost.bot.store.StoreContract;
import signpost.bot.store.TestPostgres;

/**
 * Curated answers are saved, edited, retired and listed in a real database, given from the next question on, and seen
 * by another replica once it has read the change marker.
 */
class CuratedAnswersTest {

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

    private static final LocalDate REVIEW_BY = LocalDate.parse("2027-06-30");
    private static final String DOGS = "Can I bring my dog to the office?";
    private CuratedAnswers curated;

    @BeforeEach
    void curatedAnswers() {
      curated = new CuratedAnswers(database.curated(), clock);
    }

    private static String given(CuratedAnswers answers, String question, String organisation) {
      return answers.current().match(new Question("q", question, organisation)).map(WrittenAnswers.Written::text)
          .orElse(null);
    }

    @Test
    void a_saved_answer_is_listed_with_its_role_and_dates_and_given_at_once() {
      CuratedAnswer saved = curated.save("cambridgeshire", DOGS, "Only assistance dogs may come into council offices.",
          "EDI Contacts", REVIEW_BY);

      assertEquals(List.of(new CuratedAnswer(saved.id(), "cambridgeshire", DOGS,
          "Only assistance dogs may come into council offices.", "EDI Contacts", LocalDate.parse("2026-12-01"), REVIEW_BY,
          false)), curated.list("cambridgeshire"));
      assertEquals("Only assistance dogs may come into council offices.",
          given(curated, "can I bring my dog into the office", "cambridgeshire"));
    }

    @Test
    void answers_are_listed_newest_first_each_for_its_own_organisation() {
      CuratedAnswer first = curated.save("cambridgeshire", DOGS, "Only assistance dogs.", "EDI Contacts", REVIEW_BY);
      CuratedAnswer second = curated.save("cambridgeshire", "Is there a prayer room?", "Yes, on floor 2.", "EDI Contacts",
          REVIEW_BY);
      CuratedAnswer other = curated.save("derbyshire", "Is there a prayer room?", "Yes, at County Hall.", "EDI Team",
          REVIEW_BY);

      assertEquals(List.of(second.id(), first.id()), curated.list("cambridgeshire").stream().map(CuratedAnswer::id).toList());
      assertEquals(List.of(other.id()), curated.list("derbyshire").stream().map(CuratedAnswer::id).toList());
    }

    @Test
    void an_answer_is_given_only_to_askers_of_its_organisation() {
      curated.save("cambridgeshire", DOGS, "Only assistance dogs.", "EDI Contacts", REVIEW_BY);

      assertEquals(null, given(curated, DOGS, "derbyshire"));
      assertEquals(null, given(curated, DOGS, null));
    }

    @Test
    void an_answer_is_not_given_to_a_question_it_does_not_cover() {
      curated.save("cambridgeshire", DOGS, "Only assistance dogs may come into council offices.", "EDI Contacts",
          REVIEW_BY);

      assertEquals(null, given(curated, "Can I bring my bicycle to the office?", "cambridgeshire"));
      assertEquals(null, given(curated, "Who are the EDI Contacts?", "cambridgeshire"));
    }

    @Test
    void an_edit_is_given_at_once_and_keeps_the_id_organisation_author_and_date() {
      CuratedAnswer saved = curated.save("cambridgeshire", DOGS, "Only assistance dogs.", "EDI Contacts", REVIEW_BY);
      given(curated, DOGS, "cambridgeshire");
      clock.advance(java.time.Duration.ofDays(2));

      CuratedAnswer edited = curated.edit(saved.id(), DOGS, "Assistance dogs, and pets on Bring Your Dog Day.",
          LocalDate.parse("2027-12-31"));

      assertEquals(new CuratedAnswer(saved.id(), "cambridgeshire", DOGS, "Assistance dogs, and pets on Bring Your Dog Day.",
          "EDI Contacts", LocalDate.parse("2026-12-01"), LocalDate.parse("2027-12-31"), false), edited);
      assertEquals("Assistance dogs, and pets on Bring Your Dog Day.", given(curated, DOGS, "cambridgeshire"));
    }

    @Test
    void a_retired_answer_stays_listed_and_is_no_longer_given() {
      CuratedAnswer saved = curated.save("cambridgeshire", DOGS, "Only assistance dogs.", "EDI Contacts", REVIEW_BY);
      given(curated, DOGS, "cambridgeshire");

      curated.retire(saved.id());
      curated.retire(saved.id());

      assertTrue(curated.list("cambridgeshire").get(0).retired());
      assertEquals(null, given(curated, DOGS, "cambridgeshire"));
    }

    @Test
    void an_unknown_id_is_refused_by_name() {
      IllegalArgumentException edit = assertThrows(IllegalArgumentException.class,
          () -> curated.edit("nope", DOGS, "Only assistance dogs.", REVIEW_BY));
      IllegalArgumentException retire = assertThrows(IllegalArgumentException.class, () -> curated.retire("nope"));

      assertEquals("no curated answer has the id: nope", edit.getMessage());
      assertEquals("no curated answer has the id: nope", retire.getMessage());
    }

    @Test
    void blank_texts_and_a_passed_review_date_are_refused() {
      assertEquals("answer must not be blank", assertThrows(IllegalArgumentException.class,
          () -> curated.save("cambridgeshire", DOGS, " ", "EDI Contacts", REVIEW_BY)).getMessage());
      assertEquals("review-by date has passed: 2026-11-30", assertThrows(IllegalArgumentException.class,
          () -> curated.save("cambridgeshire", DOGS, "Yes.", "EDI Contacts", LocalDate.parse("2026-11-30"))).getMessage());
      assertEquals(List.of(), curated.list("cambridgeshire"));
    }

    @Test
    void another_replica_gives_a_change_once_it_has_read_the_change_marker() {
      try (Database other = reopen()) {
        CuratedAnswers replica = new CuratedAnswers(other.curated(), clock);
        assertEquals(null, given(replica, DOGS, "cambridgeshire"));

        CuratedAnswer saved = curated.save("cambridgeshire", DOGS, "Only assistance dogs.", "EDI Contacts", REVIEW_BY);
        assertEquals(null, given(replica, DOGS, "cambridgeshire"), "read the marker less than a second ago");
        clock.advance(CuratedAnswers.CHECK_EVERY);
        assertEquals("Only assistance dogs.", given(replica, DOGS, "cambridgeshire"));

        curated.edit(saved.id(), DOGS, "Assistance dogs only.", REVIEW_BY);
        clock.advance(CuratedAnswers.CHECK_EVERY);
        assertEquals("Assistance dogs only.", given(replica, DOGS, "cambridgeshire"));

        curated.retire(saved.id());
        clock.advance(CuratedAnswers.CHECK_EVERY);
        assertFalse(replica.current().match(new Question("q", DOGS, "cambridgeshire")).isPresent());
      }
    }
  }
}
