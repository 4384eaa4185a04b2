package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Each question of a message asking several adds the passage of the shape it asks for ("how many ...?" a number),
 * not a fuller passage of an organisation's without one: over the real shared corpus, the built-in guide and the
 * real rules.
 */
class PartsShapedTest {

  @Test
  void how_many_is_answered_by_a_number_beside_a_fuller_passage_without_one() {
    Answer answer = SharedCorpus.pipeline().answer(new Question("t", "how many protected characteristics does the act"
        + " have, and is being care experienced one of them?", null));

    assertTrue(answer.text().contains("nine"), answer.text());
  }
}
