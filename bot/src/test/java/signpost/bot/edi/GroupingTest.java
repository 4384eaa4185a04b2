package signpost.bot.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Questions are alike when half their content words are shared; the grouping and the weeks are the same every time. */
class GroupingTest {

  private static final Instant SINCE = Instant.parse("2026-11-01T00:00:00Z");

  private static QuestionStore.Logged at(String text, Duration after) {
    return new QuestionStore.Logged(text, SINCE.plus(after));
  }

  @Test
  void similarity_is_shared_words_over_all_words() {
    assertEquals(0.5, Grouping.similarity(Set.of("menopaus", "leav"), Set.of("menopaus", "leav", "paid", "much")));
    assertEquals(1.0 / 3, Grouping.similarity(Set.of("menopaus", "leav"), Set.of("menopaus", "polici")));
    assertEquals(0.0, Grouping.similarity(Set.of(), Set.of()));
  }

  @Test
  void questions_below_the_threshold_stay_apart_and_those_at_it_join() {
    List<QuestionGroup> groups = Grouping.of(List.of(at("menopause leave", Duration.ZERO),
        at("menopause policy", Duration.ofHours(1)), at("How much paid menopause leave?", Duration.ofHours(2))), SINCE,
        SINCE.plus(Duration.ofDays(7)));

    assertEquals(List.of(new QuestionGroup("menopause leave", 2, List.of(2)), new QuestionGroup("menopause policy", 1, List.of(1))),
        groups);
  }

  @Test
  void questions_of_nothing_but_stop_words_are_alike_only_when_worded_alike() {
    List<QuestionGroup> groups = Grouping.of(List.of(at("What is it?", Duration.ZERO), at("what is it?", Duration.ofHours(1)),
        at("How do we do that?", Duration.ofHours(2))), SINCE, SINCE.plus(Duration.ofDays(1)));

    assertEquals(List.of(new QuestionGroup("What is it?", 2, List.of(2)), new QuestionGroup("How do we do that?", 1, List.of(1))),
        groups);
  }

  @Test
  void a_part_week_at_the_end_counts_as_a_week_of_its_own() {
    assertEquals(1, Grouping.weeks(SINCE, SINCE.plus(Duration.ofDays(7))));
    assertEquals(2, Grouping.weeks(SINCE, SINCE.plus(Duration.ofDays(7)).plusSeconds(1)));
    assertEquals(List.of(new QuestionGroup("carers choir", 2, List.of(1, 1))), Grouping.of(List.of(at("carers choir", Duration.ZERO),
        at("choir for carers", Duration.ofDays(8))), SINCE, SINCE.plus(Duration.ofDays(9))));
  }
}
