package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The feedback log keeps ratings only of answers it was told were given, once per person, and within bounds. */
class FeedbackLogTest {

  private final MovableClock clock = new MovableClock();
  private final FeedbackLog log = new FeedbackLog(clock);

  @Test
  void a_rating_of_an_answer_never_issued_is_refused() {
    assertEquals(FeedbackLog.Outcome.UNKNOWN_ANSWER, log.record(new Feedback("slack-x", true, "slack"), "U1"));
    assertEquals(List.of(), log.all());
  }

  @Test
  void each_person_rates_an_answer_once_and_different_people_each_count() {
    log.issued("slack-1");

    log.record(new Feedback("slack-1", true, "slack"), "U1");
    log.record(new Feedback("slack-1", false, "slack"), "U1");
    log.record(new Feedback("slack-1", true, "slack"), "U2");

    assertEquals(List.of(new Feedback("slack-1", false, "slack"), new Feedback("slack-1", true, "slack")), log.all());
  }

  @Test
  void an_answer_can_no_longer_be_rated_a_day_after_it_was_given() {
    log.issued("web-1");
    clock.now = clock.now.plus(FeedbackLog.ISSUED_FOR).plusSeconds(1);

    assertEquals(FeedbackLog.Outcome.UNKNOWN_ANSWER, log.record(new Feedback("web-1", true, "web"), "web"));
  }

  @Test
  void only_the_most_recent_answers_and_ratings_are_kept() {
    for (int i = 0; i <= FeedbackLog.MAX_ISSUED; i++) log.issued("web-" + i);
    for (int i = 1; i <= FeedbackLog.MAX_ISSUED; i++) log.record(new Feedback("web-" + i, true, "web"), "web");

    assertEquals(FeedbackLog.Outcome.UNKNOWN_ANSWER, log.record(new Feedback("web-0", true, "web"), "web"));
    assertEquals(FeedbackLog.MAX_KEPT, log.all().size());
    log.issued("web-new");
    log.record(new Feedback("web-new", false, "web"), "web");
    assertEquals(FeedbackLog.MAX_KEPT, log.all().size());
    assertEquals(new Feedback("web-2", true, "web"), log.all().get(0));
  }

  private static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-12-01T09:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
