package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QuestionTest {

  @Test
  void blank_question_is_rejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Question("q1", " \n ", null));

    assertEquals("question must not be empty", e.getMessage());
  }

  @Test
  void null_question_is_rejected() {
    assertThrows(IllegalArgumentException.class, () -> new Question("q1", null, null));
  }

  @Test
  void question_over_the_limit_is_rejected_with_its_length_and_the_limit() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Question(null, "a".repeat(2_001), null));

    assertEquals("question is 2001 characters; the limit is 2000", e.getMessage());
  }

  @Test
  void the_length_is_measured_after_trimming() {
    assertEquals(2_000, new Question(null, "  " + "a".repeat(2_000) + "\n ".repeat(50), null).text().length());
    assertEquals("question is 2001 characters; the limit is 2000", assertThrows(IllegalArgumentException.class,
        () -> new Question(null, " " + "a".repeat(2_001) + " ", null)).getMessage());
  }

  @Test
  void question_at_the_limit_is_accepted() {
    assertEquals(2_000, new Question(null, "a".repeat(2_000), null).text().length());
  }

  @Test
  void empty_organisation_becomes_unknown() {
    assertNull(new Question("q1", "What is due regard?", "").organisation());
    assertNull(new Question("q1", "What is due regard?", "  ").organisation());
  }

  @Test
  void question_is_stripped_and_organisation_kept() {
    Question question = new Question("q1", "  What is due regard?\n", "cambridgeshire");

    assertEquals(new Question("q1", "What is due regard?", "cambridgeshire"), question);
  }
}
