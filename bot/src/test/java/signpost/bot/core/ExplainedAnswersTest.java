package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import signpost.bot.store.Database;
import signpost.bot.store.Engine;
import signpost.bot.store.StoreContract;
import signpost.bot.store.TestPostgres;
import signpost.rules.decision.EqiaVerdict;
import signpost.rules.decision.Intent;
import signpost.rules.decision.NextQuestion;
import signpost.rules.decision.Verdict;
import signpost.rules.screening.Slot;

/**
 * The answers "Why?" explains are kept in the database, field for field and without the question asked, so that a
 * replica explains an answer another gave; for a day and within a bound; never a reply to someone telling of harm.
 */
class ExplainedAnswersTest {

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

  static Answer eqia(String id) {
    return new Answer(id, "Do I need an EqIA for closing the lunch club?", "derbyshire", true, Intent.EQIA,
        List.of(new Paragraph(Paragraph.Kind.VERDICT, "EqIA: required."),
            new Paragraph(Paragraph.Kind.REASONS, "Why:\n- Closing a service takes it away from the people who use it."),
            new Paragraph(Paragraph.Kind.MORE, "The council's practice: screen first [1]"),
            new Paragraph(Paragraph.Kind.CONTACTS, "Who advises and signs off:\n- EDI team (advice): edi@example.org",
                "Who advises and signs off")),
        0.73, List.of(new Citation("eqia-guide", "EqIA guidance", "Screening", 4, "Screen first."),
            new Citation("edi-plan", "EDI plan", null, null, "We screen.")),
        List.of(new ContactCard("EDI team", "advice", "edi@example.org", "organisations/derbyshire.yaml")),
        new EqiaVerdict(Verdict.REQUIRED, List.of("Closing a service"), List.of("age", "disability"), List.of("aim 1"),
            List.of("Screen it"), List.of(), List.of("Ask early")),
        List.of("RequireEqiaForClosure", "RouteEqiaAdvice"),
        new NextQuestion(Slot.AFFECTED, "Who uses it?", List.of("Older people", "Not sure"), "AskAffected"));
  }

  abstract class Contract extends StoreContract {

    ExplainedAnswers on(Database replica) {
      return new ExplainedAnswers(replica.answers(), clock);
    }

    @Test
    void an_answer_kept_by_one_replica_is_explained_by_another_field_for_field_without_its_question() {
      Answer given = eqia("slack-Ev1");

      on(database).keep(given);
      // Written behind the answer: committed by the time anyone presses "Why?", which waiting for it stands for here.
      database.flush();

      try (Database other = reopen()) {
        Answer found = on(other).find("slack-Ev1").orElseThrow();
        assertEquals(given.withoutQuestion(), found);
        assertNull(found.question());
      }
    }

    @Test
    void copies_of_one_cached_answer_are_each_explained_under_their_own_id_and_another_answer_as_itself() {
      // The answer cache hands out copies sharing one answer's parts under new ids: the store writes their parts once.
      Answer cached = eqia("slack-first");
      Answer copy = cached.withId("slack-second");
      Answer other = cached.withId("slack-other").withParagraphs(List.of(new Paragraph(Paragraph.Kind.VERDICT, "EqIA: not needed.")));
      ExplainedAnswers explained = on(database);
      explained.keep(cached);
      explained.keep(copy);
      explained.keep(other);
      database.flush();

      assertEquals(cached.withoutQuestion(), explained.find("slack-first").orElseThrow());
      assertEquals(copy.withoutQuestion(), explained.find("slack-second").orElseThrow());
      assertEquals("slack-second", explained.find("slack-second").orElseThrow().id());
      assertEquals(other.withoutQuestion(), explained.find("slack-other").orElseThrow());
      assertEquals("EqIA: not needed.", explained.find("slack-other").orElseThrow().paragraphs().get(0).text());
    }

    @Test
    void a_reply_to_someone_telling_of_harm_and_an_answer_without_an_id_are_never_kept() {
      Answer support = new Answer("teams-1", "I was harassed at work", null, true, Intent.SUPPORT,
          List.of(new Paragraph(Paragraph.Kind.BODY, "I'm sorry this has happened.")), 1.0, List.of(), List.of(), null, List.of());

      on(database).keep(support);
      on(database).keep(eqia(null));

      assertEquals(Optional.empty(), on(database).find("teams-1"));
      assertEquals(0, on(database).count());
    }

    @Test
    void an_answer_is_explained_for_a_day_and_then_no_longer() {
      ExplainedAnswers explained = on(database);
      explained.keep(eqia("slack-Ev1"));

      clock.advance(ExplainedAnswers.KEPT_FOR);
      assertEquals("slack-Ev1", explained.find("slack-Ev1").orElseThrow().id());
      clock.advance(Duration.ofSeconds(1));
      assertEquals(Optional.empty(), explained.find("slack-Ev1"));
    }

    @Test
    void a_second_answer_under_the_same_id_leaves_the_first() {
      ExplainedAnswers explained = on(database);
      Answer first = eqia("slack-Ev1");

      explained.keep(first);
      explained.keep(first.withParagraphs(List.of(new Paragraph(Paragraph.Kind.BODY, "Another text"))));

      assertEquals(first.withoutQuestion(), explained.find("slack-Ev1").orElseThrow());
    }

    @Test
    void beyond_the_bound_the_oldest_answers_are_forgotten_first() {
      ExplainedAnswers explained = new ExplainedAnswers(database.answers(), clock, 2);
      for (int i = 1; i <= 3; i++) explained.keep(eqia("slack-" + i));

      clock.advance(ExplainedAnswers.PURGE_EVERY);
      explained.keep(eqia("slack-4"));

      assertEquals(List.of(false, false, true, true), List.of(explained.find("slack-1").isPresent(),
          explained.find("slack-2").isPresent(), explained.find("slack-3").isPresent(), explained.find("slack-4").isPresent()));
      assertEquals(2, explained.count());
    }

    @Test
    void far_beyond_the_bound_the_oldest_answers_are_forgotten_in_steps_down_to_the_newest() {
      int kept = 10;
      int given = 4_500; // more than two steps of DatabaseAnswers.PURGE_STEP
      ExplainedAnswers explained = new ExplainedAnswers(database.answers(), clock, kept);
      for (int i = 1; i <= given; i++) explained.keep(eqia("slack-" + i));
      clock.advance(ExplainedAnswers.PURGE_EVERY.plusSeconds(1));
      explained.keep(eqia("slack-last"));
      // The purge goes in three steps, each queued behind the writes before it: a flush waits for those before it.
      for (int i = 0; i < 5; i++) database.flush();

      assertEquals(kept, database.answers().count());
      assertTrue(explained.find("slack-last").isPresent());
      assertTrue(explained.find("slack-" + (given - kept + 2)).isPresent()); // the newest ten: slack-last and these nine
      assertTrue(explained.find("slack-" + (given - kept + 1)).isEmpty());
    }

    @Test
    void an_answer_is_still_given_when_it_cannot_be_kept() {
      ExplainedAnswers explained = on(database);
      database.close();

      assertDoesNotThrow(() -> explained.keep(eqia("slack-Ev1")));
    }
  }
}
