package signpost.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import signpost.knowledge.Document;
import signpost.knowledge.Passage;
import signpost.knowledge.index.PassageIndex;

class SpellingTest {

  private static final Document PLAN = new Document("plan.md", "Plan", "a", null, null, null, false);

  private final PassageIndex index = PassageIndex.inMemory(List.of(
      new Passage(PLAN, 0, List.of("Our strategy"), null,
          "The strategy sets out how we support staff with a disability and tackle unconscious bias."),
      new Passage(PLAN, 1, List.of(), null, "Bias training is offered to every manager.")));
  private final Spelling spelling = new Spelling(index.searcher().getIndexReader(), index.questionAnalyzer());

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void a_misspelt_word_is_corrected_to_the_nearest_word_the_documents_use() {
    assertEquals("what is the strategy for disability and unconscious bias",
        spelling.correct("what is the stratgy for disabilty and unconcious bias"));
  }

  @Test
  void a_words_correction_is_worked_out_once_and_given_again() {
    String first = spelling.correct("the stratgy on lasagne");
    long worked = spelling.workedOut();

    String again = spelling.correct("the stratgy on lasagne");

    assertEquals("the strategy on lasagne", first);
    assertEquals(first, again);
    assertEquals(worked, spelling.workedOut(), "every word, corrected or not, was remembered");
  }

  @Test
  void words_the_documents_know_in_another_form_are_left_alone() {
    assertEquals("Do our strategies support disabled managers?",
        spelling.correct("Do our strategies support disabled managers?"));
  }

  @Test
  void words_far_from_any_indexed_word_and_short_words_stay_as_asked() {
    assertEquals("recipe for vegan lasagne, bins in belper", spelling.correct("recipe for vegan lasagne, bins in belper"));
  }

  @Test
  void a_word_joined_by_an_apostrophe_is_never_corrected_in_part() {
    try (PassageIndex does = PassageIndex.inMemory(List.of(new Passage(PLAN, 0, List.of(), null,
        "It does matter what the strategy says.")))) {
      Spelling near = new Spelling(does.searcher().getIndexReader(), does.questionAnalyzer());

      assertEquals("surely this doesn't need a strategy?", near.correct("surely this doesn't need a stratgy?"));
      assertEquals("surely this doesn\u2019t need it", near.correct("surely this doesn\u2019t need it"));
    }
  }
}
