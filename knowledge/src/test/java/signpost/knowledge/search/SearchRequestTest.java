package signpost.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SearchRequestTest {

  @Test
  void blank_question_is_rejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SearchRequest("  ", null, 5));

    assertEquals("question must not be blank", e.getMessage());
  }

  @Test
  void null_question_is_rejected() {
    assertThrows(IllegalArgumentException.class, () -> new SearchRequest(null, null, 5));
  }

  @Test
  void limit_of_zero_is_rejected_with_the_value() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SearchRequest("duty", "a", 0));

    assertEquals("limit must be 1 or more: 0", e.getMessage());
  }
}
