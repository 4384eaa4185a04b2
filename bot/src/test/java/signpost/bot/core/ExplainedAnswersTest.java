package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
 * The answers "Why?" explains go out under signed ids naming their text, which is kept once in the database, field for
 * field and without the question asked, so that a replica explains an answer another gave; for a day and within a
 * bound; never a reply to someone telling of harm. Answers kept under their id before ids were signed still read.
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

  /** Returns an answer whose text is its own: the same as {@link #eqia} but for its first paragraph. */
  static Answer numbered(String id, int n) {
    return eqia(id).withParagraphs(List.of(new Paragraph(Paragraph.Kind.VERDICT, "Answer number " + n)));
  }

  abstract class Contract extends StoreContract {

    ExplainedAnswers on(Database replica) {
      return new ExplainedAnswers(replica.answers(), replica.answerIds(), clock);
    }

    @Test
    void an_answer_kept_by_one_replica_is_explained_by_another_field_for_field_without_its_question() {
      Answer asked = eqia("slack-Ev1");

      Answer given = on(database).keep(asked, null);
      // Written behind the answer: committed by the time anyone presses "Why?", which waiting for it stands for here.
      database.flush();

      assertTrue(given.id().startsWith("slack-Ev1."), given.id());
      assertTrue(given.id().length() <= 200, given.id());
      assertEquals(asked.withId(given.id()), given);
      try (Database other = reopen()) {
        Answer found = on(other).find(given.id()).orElseThrow();
        assertEquals(given.withoutQuestion(), found);
        assertNull(found.question());
      }
    }

    @Test
    void copies_of_one_cached_answer_are_each_explained_under_their_own_id_and_their_text_is_kept_once() throws Exception {
      // The answer cache hands out copies sharing one answer's parts under new ids: the store writes their text once.
      Answer cached = eqia("slack-first");
      ExplainedAnswers explained = on(database);
      Answer first = explained.keep(cached, null);
      Answer second = explained.keep(cached.withId("slack-second"), null);
      Answer other = explained.keep(numbered("slack-other", 1), null);
      database.flush();

      assertNotEquals(first.id(), second.id());
      assertEquals(first.withoutQuestion(), explained.find(first.id()).orElseThrow());
      assertEquals(second.withoutQuestion(), explained.find(second.id()).orElseThrow());
      assertEquals("Answer number 1", explained.find(other.id()).orElseThrow().paragraphs().get(0).text());
      assertEquals(List.of("2"), column("SELECT COUNT(*) FROM explained_text"));
      assertEquals(List.of("0"), column("SELECT COUNT(*) FROM explained_answer"));
    }

    @Test
    void a_reply_to_someone_telling_of_harm_is_never_kept_and_an_answer_without_an_id_is_given_as_it_is() {
      Answer support = new Answer("teams-1", "I was harassed at work", null, true, Intent.SUPPORT,
          List.of(new Paragraph(Paragraph.Kind.BODY, "I'm sorry this has happened.")), 1.0, List.of(), List.of(), null, List.of());

      Answer given = on(database).keep(support, null);
      Answer unnamed = on(database).keep(eqia(null), null);

      assertTrue(given.id().startsWith("teams-1."), given.id());
      assertEquals(Optional.empty(), on(database).find(given.id()));
      assertNull(unnamed.id());
      assertEquals(0, on(database).count());
    }

    @Test
    void an_answer_is_explained_for_a_day_and_then_no_longer() {
      ExplainedAnswers explained = on(database);
      String id = explained.keep(eqia("slack-Ev1"), null).id();

      clock.advance(ExplainedAnswers.KEPT_FOR);
      assertEquals(id, explained.find(id).orElseThrow().id());
      clock.advance(Duration.ofSeconds(1));
      assertEquals(Optional.empty(), explained.find(id));
    }

    @Test
    void an_id_changed_on_its_way_or_signed_under_another_key_explains_nothing() {
      ExplainedAnswers explained = on(database);
      String first = explained.keep(numbered("slack-1", 1), null).id();
      String second = explained.keep(numbered("slack-2", 2), null).id();
      database.flush();
      // The first id carrying the second's text digest: the signature no longer holds.
      String[] a = first.split("\\.");
      String[] b = second.split("\\.");
      String swapped = a[0] + "." + a[1] + "." + b[2] + "." + a[3];
      SignedAnswerIds stranger = new SignedAnswerIds("another key, not the replicas'".getBytes(StandardCharsets.UTF_8));
      String forged = stranger.sign("slack-1", clock.instant(), database.answerIds().read(second).orElseThrow().digest(), null);

      assertTrue(explained.find(second).isPresent());
      assertEquals(Optional.empty(), explained.find(swapped));
      assertEquals(Optional.empty(), explained.find(forged));
    }

    @Test
    void beyond_the_bound_the_texts_given_longest_ago_are_forgotten_first() {
      ExplainedAnswers explained = new ExplainedAnswers(database.answers(), database.answerIds(), clock, 2);
      List<String> ids = new ArrayList<>();
      for (int i = 1; i <= 3; i++) {
        ids.add(explained.keep(numbered("slack-" + i, i), null).id());
        clock.advance(Duration.ofSeconds(1));
      }

      clock.advance(ExplainedAnswers.PURGE_EVERY);
      ids.add(explained.keep(numbered("slack-4", 4), null).id());

      assertEquals(List.of(false, false, true, true), ids.stream().map(id -> explained.find(id).isPresent()).toList());
      assertEquals(2, explained.count());
    }

    @Test
    void a_text_given_again_stays_a_day_after_it_was_last_given_and_then_goes() {
      ExplainedAnswers explained = on(database);
      String early = explained.keep(numbered("slack-1", 1), null).id();
      explained.keep(numbered("slack-gone", 2), null);

      // Given again after the first was noted, then no more: it is noted once more, the other text not.
      clock.advance(Duration.ofHours(12));
      String late = explained.keep(numbered("slack-2", 1), null).id();
      // A text goes ten minutes later than its answers: it is noted as given at most every ten minutes.
      clock.advance(Duration.ofHours(12).plus(Duration.ofMinutes(11)));
      explained.keep(numbered("slack-3", 3), null);

      assertEquals(Optional.empty(), explained.find(early), "the early answer is more than a day old");
      assertEquals("Answer number 1", explained.find(late).orElseThrow().paragraphs().get(0).text());
      assertEquals(2, explained.count(), "the text given twice and the last one; the one given once a day ago is gone");
    }

    @Test
    void answers_kept_under_their_id_before_ids_were_signed_are_still_explained_for_their_day() throws Exception {
      Answer whole = eqia("slack-old-whole").withoutQuestion();
      Answer shared = numbered("slack-old-shared", 7).withoutQuestion();
      String sharedText = new ObjectMapper().writeValueAsString(shared.withId(null))
          .substring("{\"id\":null".length());
      OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
      execute("INSERT INTO explained_answer (answer_id, given, answer) VALUES (?, ?, ?)", "slack-old-whole", now,
          new ObjectMapper().writeValueAsString(whole));
      execute("INSERT INTO explained_text (digest, answer) VALUES (?, ?)", "d".repeat(64), sharedText);
      execute("INSERT INTO explained_answer (answer_id, given, digest) VALUES (?, ?, ?)", "slack-old-shared", now, "d".repeat(64));
      ExplainedAnswers explained = on(database);

      assertEquals(whole, explained.find("slack-old-whole").orElseThrow());
      assertEquals(shared, explained.find("slack-old-shared").orElseThrow());
      clock.advance(ExplainedAnswers.KEPT_FOR.plus(ExplainedAnswers.PURGE_EVERY));
      explained.keep(numbered("slack-new", 1), null);
      assertEquals(Optional.empty(), explained.find("slack-old-shared"));
      assertEquals(List.of("0", "1"), List.of(column("SELECT COUNT(*) FROM explained_answer").get(0),
          column("SELECT COUNT(*) FROM explained_text").get(0)));
    }

    @Test
    void an_answer_is_still_given_under_a_signed_id_when_its_text_cannot_be_kept() {
      ExplainedAnswers explained = on(database);
      database.close();

      Answer given = assertDoesNotThrow(() -> explained.keep(eqia("slack-Ev1"), null));
      assertTrue(given.id().startsWith("slack-Ev1."), given.id());
    }
  }
}
