package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import signpost.bot.store.Database;
import signpost.bot.store.Engine;
import signpost.bot.store.StoreContract;
import signpost.bot.store.TestPostgres;

/**
 * The feedback log keeps ratings only of answers it was told were given, once per person, and within bounds; in the
 * database, so they outlive a restart and every replica shares them.
 */
class FeedbackLogTest {

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

    FeedbackLog log() {
      return new FeedbackLog(database.feedback(), database.answerIds(), clock);
    }

    /** Returns the signed id a Slack or Teams answer to question {@code questionId} is given under now. */
    String signed(String questionId) {
      return database.answerIds().sign(questionId, clock.instant(), null, null);
    }

    @Test
    void a_rating_of_an_answer_never_issued_is_refused() {
      FeedbackLog log = log();

      assertEquals(FeedbackLog.Outcome.UNKNOWN_ANSWER, log.record(new Feedback("slack-x", true, "slack"), "U1"));
      assertEquals(List.of(), log.all());
    }

    @Test
    void each_person_rates_an_answer_once_and_different_people_each_count() {
      FeedbackLog log = log();
      log.issued("web-1");

      log.record(new Feedback("web-1", true, "web"), "U1");
      log.record(new Feedback("web-1", false, "web"), "U1");
      log.record(new Feedback("web-1", true, "web"), "U2");

      assertEquals(List.of(new Feedback("web-1", false, "web"), new Feedback("web-1", true, "web")), log.all());
    }

    @Test
    void a_signed_id_is_rated_on_any_replica_for_a_day_without_a_row_kept_for_it() throws Exception {
      String id = signed("slack-1");
      log().issued(id);

      try (Database other = reopen()) {
        FeedbackLog there = new FeedbackLog(other.feedback(), other.answerIds(), clock);
        assertEquals(FeedbackLog.Outcome.RECORDED, there.record(new Feedback(id, true, "slack"), "U1"));
      }
      assertEquals(List.of("0"), column("SELECT COUNT(*) FROM issued_answer"));
      clock.advance(FeedbackLog.ISSUED_FOR.plusSeconds(1));
      assertEquals(FeedbackLog.Outcome.UNKNOWN_ANSWER, log().record(new Feedback(id, false, "slack"), "U2"));
      assertEquals(List.of(new Feedback(id, true, "slack")), log().all());
    }

    @Test
    void an_id_signed_under_another_key_or_changed_on_its_way_is_refused() {
      String id = signed("slack-1");
      String forged = new SignedAnswerIds("another key, not the replicas'".getBytes(StandardCharsets.UTF_8))
          .sign("slack-1", clock.instant(), null, null);
      String changed = id.replaceFirst("^slack-1\\.", "slack-2.");

      assertEquals(FeedbackLog.Outcome.UNKNOWN_ANSWER, log().record(new Feedback(forged, true, "slack"), "U1"));
      assertEquals(FeedbackLog.Outcome.UNKNOWN_ANSWER, log().record(new Feedback(changed, true, "slack"), "U1"));
      assertEquals(FeedbackLog.Outcome.RECORDED, log().record(new Feedback(id, true, "slack"), "U1"));
    }

    @Test
    void an_answer_can_no_longer_be_rated_a_day_after_it_was_given() {
      FeedbackLog log = log();
      log.issued("web-1");
      clock.advance(FeedbackLog.ISSUED_FOR.plusSeconds(1));

      assertEquals(FeedbackLog.Outcome.UNKNOWN_ANSWER, log.record(new Feedback("web-1", true, "web"), "web"));
    }

    @Test
    void only_the_most_recent_answers_and_ratings_are_kept() {
      FeedbackLog log = new FeedbackLog(database.feedback(), database.answerIds(), clock, 5, 5);
      for (int i = 0; i <= 5; i++) log.issued("web-" + i);
      for (int i = 1; i <= 5; i++) log.record(new Feedback("web-" + i, true, "web"), "web");

      assertEquals(FeedbackLog.Outcome.UNKNOWN_ANSWER, log.record(new Feedback("web-0", true, "web"), "web"));
      assertEquals(5, log.all().size());
      log.issued("web-new");
      log.record(new Feedback("web-new", false, "web"), "web");
      assertEquals(5, log.all().size());
      assertEquals(new Feedback("web-2", true, "web"), log.all().get(0));
      assertEquals(new Feedback("web-new", false, "web"), log.all().get(4));
    }

    @Test
    void answers_given_before_a_restart_can_be_rated_after_it_and_ratings_are_still_there() {
      log().issued("web-1");
      log().issued("web-2");
      log().record(new Feedback("web-1", true, "web"), "web");
      database.close();

      database = reopen();

      assertEquals(FeedbackLog.Outcome.RECORDED, log().record(new Feedback("web-2", false, "web"), "web"));
      assertEquals(List.of(new Feedback("web-1", true, "web"), new Feedback("web-2", false, "web")), log().all());
    }

    @Test
    void an_answer_given_by_one_replica_is_rated_on_another_once_per_person() {
      try (Database other = reopen()) {
        FeedbackLog here = log();
        FeedbackLog there = new FeedbackLog(other.feedback(), other.answerIds(), clock);
        here.issued("web-1");
        // Written behind the answer: committed by the time anyone rates it, which waiting for it stands for here.
        database.flush();

        assertEquals(FeedbackLog.Outcome.RECORDED, there.record(new Feedback("web-1", true, "web"), "29:user"));
        assertEquals(FeedbackLog.Outcome.RECORDED, here.record(new Feedback("web-1", false, "web"), "29:user"));
        assertEquals(List.of(new Feedback("web-1", false, "web")), there.all());
      }
    }

    @Test
    void who_rated_is_kept_only_as_a_keyed_hash() throws Exception {
      String id = signed("slack-1");
      log().record(new Feedback(id, true, "slack"), "U0123ABCD");

      List<String> raters = column("SELECT rater FROM rating");

      assertEquals(List.of(database.pseudonyms().of("slack", "U0123ABCD")), raters);
      assertFalse(raters.get(0).contains("U0123ABCD"));
    }

    @Test
    void an_answer_is_still_given_when_its_id_cannot_be_kept() {
      FeedbackLog log = log();
      database.close();

      assertDoesNotThrow(() -> log.issued("web-1"));
    }
  }
}
