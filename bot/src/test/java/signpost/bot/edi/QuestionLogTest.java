package signpost.bot.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import signpost.bot.core.Answer;
import signpost.bot.core.Citation;
import signpost.bot.store.Database;
import signpost.bot.store.Engine;
import signpost.bot.store.StoreContract;
import signpost.bot.store.TestPostgres;
import signpost.rules.decision.Intent;

/**
 * The questions staff could not find are kept redacted, grouped by similar wording with weekly counts, never a
 * support disclosure; 👎 logs an answered question once; citations are counted per organisation; on H2 and PostgreSQL.
 */
class QuestionLogTest {

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

  static Answer answer(String id, String question, String organisation, boolean answered, Intent intent, String... documents) {
    List<Citation> sources = java.util.Arrays.stream(documents).map(d -> new Citation(d, d, null, null, "")).toList();
    return new Answer(id, question, organisation, answered, intent, List.of(), 0.5, sources, List.of(), null, List.of());
  }

  abstract class Contract extends StoreContract {

    private QuestionLog log() {
      return log(database);
    }

    private QuestionLog log(Database on) {
      return new QuestionLog(on.questions(), new Redaction(() -> List.of("Janet Atkin")),
          text -> text.toLowerCase(java.util.Locale.ROOT).contains("harass"), on.answerIds(), clock);
    }

    @Test
    void a_question_is_kept_redacted_with_its_reason_channel_and_the_askers_pseudonym() throws Exception {
      log().record("cambridgeshire", "Can Janet Atkin (janet@example.org, 01223 456789) help with menopause leave?",
          Unanswered.REFUSED, "slack", "owner-1");

      assertEquals(List.of("Can [name] ([email], [phone]) help with menopause leave?|REFUSED|slack|cambridgeshire"),
          column("SELECT question || '|' || reason || '|' || channel || '|' || organisation FROM unanswered_question"));
      String asker = column("SELECT asker FROM unanswered_question").get(0);
      assertNotEquals("owner-1", asker);
      assertEquals(database.pseudonyms().of("slack", "owner-1"), asker);
    }

    @Test
    void a_support_disclosure_is_never_kept_whether_recorded_given_or_disliked() throws Exception {
      log().record("cambridgeshire", "My manager keeps harassing me", Unanswered.REFUSED, "web", "owner-1");
      log().given(answer("a1", "Someone at work hurt me", "cambridgeshire", false, Intent.SUPPORT), "slack", "owner-1");
      log().given(answer("a2", "I am being bullied", "cambridgeshire", true, Intent.SUPPORT), "slack", "owner-1");
      log().disliked("a2", "web", null);

      assertEquals(List.of(), column("SELECT question FROM unanswered_question"));
      assertEquals(List.of(), column("SELECT question FROM rated_question"));
    }

    @Test
    void a_refusal_given_is_logged_as_refused_and_an_answer_only_when_disliked_once() throws Exception {
      QuestionLog log = log();
      log.given(answer("r1", "Is there a choir for carers?", "cambridgeshire", false, Intent.UNKNOWN), "teams", "owner-1");
      log.given(answer("a1", "What is the PSED?", "cambridgeshire", true, Intent.DUTY), "teams", "owner-2");
      log.given(answer("a2", "Who signs off an EqIA?", "cambridgeshire", true, Intent.EQIA), "teams", "owner-2");
      log.disliked("a1", "web", null);
      try (Database other = reopen()) {
        log(other).disliked("a1", "web", null);
      }
      log.disliked("r1", "web", null);

      assertEquals(List.of("Is there a choir for carers?|REFUSED", "What is the PSED?|DISLIKED"),
          column("SELECT question || '|' || reason FROM unanswered_question ORDER BY seq"));
      assertEquals(List.of("Who signs off an EqIA?"), column("SELECT question FROM rated_question"));
    }

    @Test
    void a_dislike_returns_the_redacted_question_it_logged_and_a_second_returns_nothing() throws Exception {
      QuestionLog log = log();
      log.given(answer("a1", "Can Janet Atkin explain the PSED?", "cambridgeshire", true, Intent.DUTY), "slack", "owner-1");
      log.given(answer("s1", "I am being harassed", "cambridgeshire", true, Intent.SUPPORT), "slack", "owner-1");

      assertEquals(Optional.of("Can [name] explain the PSED?"), log.disliked("a1", "web", null));
      try (Database other = reopen()) {
        assertEquals(Optional.empty(), log(other).disliked("a1", "web", null));
      }
      assertEquals(Optional.empty(), log.disliked("s1", "web", null));
    }

    @Test
    void an_answer_rated_after_a_day_logs_nothing_and_its_question_is_forgotten() throws Exception {
      QuestionLog log = log();
      log.given(answer("a1", "What is the PSED?", "cambridgeshire", true, Intent.DUTY), "web", "owner-1");
      clock.advance(QuestionLog.RATED_FOR.plusSeconds(1));
      log.disliked("a1", "web", null);
      log.given(answer("a2", "Who signs off an EqIA?", "cambridgeshire", true, Intent.EQIA), "web", "owner-1");

      assertEquals(List.of(), column("SELECT question FROM unanswered_question"));
      assertEquals(List.of("Who signs off an EqIA?"), column("SELECT question FROM rated_question"));
    }

    @Test
    void a_slack_answers_question_is_kept_once_by_key_and_each_answers_dislike_logs_it_once_as_the_raters() throws Exception {
      QuestionLog log = log();
      Answer first = answer("slack-1", "Can Janet Atkin explain the PSED?", "cambridgeshire", true, Intent.DUTY);
      String key = log.asked(first, "slack", "owner-1");
      String firstId = signed("slack-1", key);
      clock.advance(Duration.ofMinutes(1));
      Answer again = answer("slack-2", "Can Janet Atkin explain the PSED?", "cambridgeshire", true, Intent.DUTY);
      String againId = signed("slack-2", log.asked(again, "teams", "owner-2"));

      assertEquals(List.of("Can [name] explain the PSED?|cambridgeshire"),
          column("SELECT question || '|' || organisation FROM asked_question"));
      assertEquals(List.of(), column("SELECT question FROM rated_question"));
      assertEquals(Optional.of("Can [name] explain the PSED?"), log.disliked(firstId, "slack", "owner-9"));
      try (Database other = reopen()) {
        assertEquals(Optional.empty(), log(other).disliked(firstId, "slack", "owner-9"));
        assertEquals(Optional.of("Can [name] explain the PSED?"), log(other).disliked(againId, "teams", "owner-2"));
      }
      assertEquals(List.of("Can [name] explain the PSED?|DISLIKED|slack|" + database.pseudonyms().of("slack", "owner-9"),
              "Can [name] explain the PSED?|DISLIKED|teams|" + database.pseudonyms().of("teams", "owner-2")),
          column("SELECT question || '|' || reason || '|' || channel || '|' || asker FROM unanswered_question ORDER BY seq"));
    }

    @Test
    void a_question_is_keyed_by_organisation_and_text_and_a_refusal_or_disclosure_keeps_none() throws Exception {
      QuestionLog log = log();
      String key = log.asked(answer("slack-1", "What is the PSED?", "cambridgeshire", true, Intent.DUTY), "slack", "owner-1");

      assertEquals(key, log.asked(answer("slack-2", "What is the PSED?", "cambridgeshire", true, Intent.DUTY), "slack", "o"));
      assertNotEquals(key, log.asked(answer("slack-3", "What is the PSED?", "derbyshire", true, Intent.DUTY), "slack", "o"));
      assertNotEquals(key, log.asked(answer("slack-4", "What is the PSED ?", "cambridgeshire", true, Intent.DUTY), "slack", "o"));
      assertEquals(null, log.asked(answer("slack-5", "Is there a choir for carers?", "cambridgeshire", false, Intent.UNKNOWN),
          "slack", "owner-1"));
      assertEquals(null, log.asked(answer("slack-6", "I am being harassed", "cambridgeshire", true, Intent.SUPPORT), "slack", "o"));

      assertEquals(List.of("Is there a choir for carers?|REFUSED|" + database.pseudonyms().of("slack", "owner-1")),
          column("SELECT question || '|' || reason || '|' || asker FROM unanswered_question"));
      assertEquals(List.of("What is the PSED ?", "What is the PSED?", "What is the PSED?"),
          column("SELECT question FROM asked_question ORDER BY question"));
    }

    @Test
    void a_question_asked_again_is_noted_at_most_every_ten_minutes_and_forgotten_a_day_after_it_last_was() throws Exception {
      QuestionLog log = log();
      Answer asked = answer("slack-1", "What is the PSED?", "cambridgeshire", true, Intent.DUTY);
      Instant first = clock.instant();
      String key = log.asked(asked, "slack", "owner-1");
      clock.advance(Duration.ofMinutes(9));
      log.asked(asked, "slack", "owner-1");
      log.lastCited("cambridgeshire");

      assertEquals(1, askedAt(first));
      clock.advance(Duration.ofMinutes(2));
      Instant noted = clock.instant();
      String lateId = signed("slack-2", log.asked(asked, "slack", "owner-1"));
      log.lastCited("cambridgeshire");
      assertEquals(List.of(0, 1), List.of(askedAt(first), askedAt(noted)));

      clock.advance(QuestionLog.RATED_FOR.plusMinutes(11));
      log.asked(answer("slack-3", "Who signs off an EqIA?", "cambridgeshire", true, Intent.EQIA), "slack", "owner-1");
      log.lastCited("cambridgeshire");
      assertEquals(List.of("Who signs off an EqIA?"), column("SELECT question FROM asked_question"),
          "only the question asked within the day is kept");
      assertEquals(Optional.empty(), log.disliked(lateId, "slack", "owner-1"));
      assertEquals(Optional.empty(), log.disliked(signed("slack-4", key), "slack", "owner-1"));
      assertEquals(List.of(), column("SELECT question FROM unanswered_question"));
    }

    /** Returns how many questions kept by key were last noted as asked at this instant. */
    private int askedAt(Instant at) throws Exception {
      return execute("UPDATE asked_question SET asked = asked WHERE asked = ?", java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC));
    }

    /** Returns the signed id a Slack answer to question {@code questionId} is given under now, naming the question's key. */
    private String signed(String questionId, String questionKey) {
      return database.answerIds().sign(questionId, clock.instant(), null, questionKey);
    }

    @Test
    void questions_are_grouped_by_similar_wording_biggest_first_with_counts_per_week() {
      QuestionLog log = log();
      Instant since = clock.instant();
      ask(log, "Is there a choir for carers?");
      ask(log, "What is menopause leave?");
      clock.advance(Duration.ofDays(8));
      ask(log, "How much menopause leave do I get?");
      ask(log, "menopause leave");
      clock.advance(Duration.ofDays(7));
      ask(log, "Where is the carers choir?");
      ask(log, "Can I park at County Hall?");
      ask(log, "What is menopause leave?");

      List<QuestionGroup> groups = log.groups("cambridgeshire", since, since.plus(Duration.ofDays(21)));

      assertEquals(List.of(
          new QuestionGroup("What is menopause leave?", 4, List.of(1, 2, 1)),
          new QuestionGroup("Is there a choir for carers?", 2, List.of(1, 0, 1)),
          new QuestionGroup("Can I park at County Hall?", 1, List.of(0, 0, 1))), groups);
    }

    @Test
    void groups_hold_only_the_organisations_questions_asked_in_the_period() {
      QuestionLog log = log();
      Instant since = clock.instant();
      ask(log, "Is there a choir for carers?");
      log.record("derbyshire", "Is there a choir for carers?", Unanswered.REFUSED, "web", "owner-1");
      log.record(null, "Is there a choir for carers?", Unanswered.REFUSED, "web", "owner-1");
      clock.advance(Duration.ofDays(7));
      ask(log, "Is there a choir for carers?");

      assertEquals(List.of(new QuestionGroup("Is there a choir for carers?", 1, List.of(1))),
          log.groups("cambridgeshire", since, since.plus(Duration.ofDays(7))));
      assertEquals(List.of(new QuestionGroup("Is there a choir for carers?", 1, List.of(1))),
          log.groups(null, since, since.plus(Duration.ofDays(1))));
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused_with_both_ends() {
      Instant now = clock.instant();
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> log().groups("x", now, now));

      assertEquals("until must be after since: 2026-12-01T09:00:00Z to 2026-12-01T09:00:00Z", e.getMessage());
    }

    @Test
    void each_document_an_answer_cites_is_counted_once_per_answer_with_when_it_was_last_cited() throws Exception {
      QuestionLog log = log();
      log.cited(answer("a1", "q", "cambridgeshire", true, Intent.DUTY, "strategy.pdf", "strategy.pdf", "plan.docx"));
      clock.advance(Duration.ofHours(1));
      Instant later = clock.instant();
      try (Database other = reopen()) {
        // Another replica's count; closing it writes what its answers left behind.
        log(other).cited(answer("a2", "q", "cambridgeshire", true, Intent.DUTY, "strategy.pdf"));
      }
      log.cited(answer("a3", "q", "derbyshire", true, Intent.DUTY, "derbyshire-plan.pdf"));
      log.cited(answer("a4", "q", "cambridgeshire", false, Intent.UNKNOWN));

      assertEquals(Map.of("plan.docx", later.minus(Duration.ofHours(1)), "strategy.pdf", later),
          log.lastCited("cambridgeshire"));
      assertEquals(List.of("plan.docx 1", "strategy.pdf 2"),
          column("SELECT document || ' ' || times_cited FROM cited_document WHERE organisation = 'cambridgeshire' ORDER BY document"));
      assertEquals(Map.of(), log.lastCited("nowhere"));
    }

    @Test
    void an_answer_given_counts_its_citations() {
      log().given(answer("a1", "What is the PSED?", "cambridgeshire", true, Intent.DUTY, "psed.md"), "api", "owner-1");

      assertEquals(Map.of("psed.md", clock.instant()), log().lastCited("cambridgeshire"));
    }

    private void ask(QuestionLog log, String text) {
      log.record("cambridgeshire", text, Unanswered.REFUSED, "slack", "owner-1");
    }
  }
}
