package signpost.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import signpost.bot.conversation.ConversationState;
import signpost.bot.core.Feedback;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.Unanswered;
import signpost.bot.screening.Screening;

/** A person's data is found and deleted by their pseudonyms, all of it and nobody else's, on H2 and PostgreSQL. */
class PersonalDataTest {

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

    private final PersonalData.Person me = new PersonalData.Person("slack", "owner-me", "slack", "U_ME");
    private final PersonalData.Person other = new PersonalData.Person("slack", "owner-other", "slack", "U_OTHER");

    private void keep(PersonalData.Person person, String tag) {
      database.screenings().save(Screening.start("SCR-" + tag, "cambridgeshire", person.owner(), clock.instant()));
      database.conversations().save(new ConversationState("slack:T:C:" + tag + "|" + person.owner(), person.owner(),
          "cambridgeshire", clock.instant(), "SCR-" + tag, null, "asked " + tag));
      database.feedback().rate(new Feedback("answer-" + tag, false, "slack"), person.rater(), clock.instant(), 100);
      database.questions().log("cambridgeshire", "refused " + tag, Unanswered.REFUSED, "slack", person.owner(), clock.instant());
      clock.advance(Duration.ofMinutes(1));
      database.questions().answered("answer-" + tag, "cambridgeshire", "answered " + tag, "slack", person.owner(), clock.instant(),
          clock.instant().minus(Duration.ofDays(1)));
      database.handoffs().insert(new Handoff("handoff-" + tag, "cambridgeshire", person.owner(), "slack:T:C:" + tag,
          Handoff.Kind.QUESTION, "passed on " + tag, Handoff.Status.SENT, null, null, clock.instant(), null));
    }

    @Test
    void finds_each_kind_kept_under_the_persons_pseudonyms_newest_first() {
      keep(me, "A");
      keep(other, "B");

      PersonalData.Kept kept = database.personalData().find(me);

      assertEquals(List.of("SCR-A"), kept.screenings().stream().map(PersonalData.Screening::reference).toList());
      assertEquals(1, kept.conversations());
      assertEquals(List.of("asked A"), kept.lastAsked());
      assertEquals(List.of(new PersonalData.Rating("answer-A", false, java.time.Instant.parse("2026-12-01T09:00:00Z"))), kept.ratings());
      assertEquals(List.of("refused A", "answered A"), kept.questions().stream().map(PersonalData.Question::text).toList());
      assertEquals(List.of("passed on A"), kept.passedOn().stream().map(PersonalData.PassedOn::text).toList());
      assertEquals(Handoff.Status.SENT, kept.passedOn().get(0).status());
    }

    @Test
    void delete_removes_all_of_the_persons_data_and_nobody_elses() throws Exception {
      keep(me, "A");
      keep(other, "B");

      PersonalData.Kept deleted = database.personalData().delete(me);

      assertEquals(1, deleted.screenings().size());
      assertTrue(database.personalData().find(me).isEmpty());
      assertEquals(List.of("SCR-B"), column("SELECT reference FROM screening"));
      assertEquals(List.of("answer-B"), column("SELECT answer_id FROM rating"));
      assertEquals(List.of("refused B"), column("SELECT question FROM unanswered_question"));
      assertEquals(List.of("answered B"), column("SELECT question FROM rated_question"));
      assertEquals(1, column("SELECT owner FROM conversation").size());
      assertEquals(List.of("passed on B"), column("SELECT question FROM handoff"));
    }

    @Test
    void a_person_whose_ratings_cannot_be_told_apart_keeps_the_shared_ratings() throws Exception {
      PersonalData.Person apiClient = new PersonalData.Person("api", "owner-api", "web", null);
      database.feedback().rate(new Feedback("answer-shared", true, "web"), "web", clock.instant(), 100);

      assertEquals(List.of(), database.personalData().find(apiClient).ratings());
      database.personalData().delete(apiClient);
      assertEquals(List.of("answer-shared"), column("SELECT answer_id FROM rating"));
    }
  }
}
