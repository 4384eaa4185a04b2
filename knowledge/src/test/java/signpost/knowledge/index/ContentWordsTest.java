package signpost.knowledge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentWordsTest {

  @Test
  void keeps_the_stems_of_words_that_carry_the_subject_once_each_in_order() {
    assertEquals(List.of("menopaus", "leav", "polici"),
        List.copyOf(ContentWords.of("What is the menopause leave policy? Is menopause leave paid... policies")).subList(0, 3));
  }

  @Test
  void questions_in_other_forms_of_the_same_words_share_their_words() {
    assertEquals(ContentWords.of("Where are the staff networks?"), ContentWords.of("staff network"));
  }

  @Test
  void a_question_of_nothing_but_stop_words_has_none() {
    assertEquals(Set.of(), ContentWords.of("What is it, and how do we do that?"));
  }
}
