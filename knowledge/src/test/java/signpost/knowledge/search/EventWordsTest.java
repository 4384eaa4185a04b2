package signpost.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import signpost.knowledge.Document;
import signpost.knowledge.Passage;
import signpost.knowledge.index.PassageFields;
import signpost.knowledge.index.PassageIndex;

class EventWordsTest {

  private static final Document REVIEW = new Document("a-review.html", "Avon Council Peer Review", "a", null, null, null,
      false);

  private PassageIndex index;

  @AfterEach
  void close() {
    if (index != null) index.close();
  }

  private Results search(String question) {
    index = PassageIndex.inMemory(List.of(
        new Passage(REVIEW, 0, List.of(), null, "Avon Council Peer Review, 23-25 March 2011"),
        new Passage(REVIEW, 1, List.of("Workforce"), null, "Evidence of diversity training for staff."),
        new Passage(REVIEW, 2, List.of("Customer care"), null, "Many examples of exemplary service development.")));
    return new PassageSearcher(index).search(new SearchRequest(question, "a", 10));
  }

  @Test
  void a_when_question_is_covered_by_the_dated_passage_without_the_word_that_says_it_took_place() {
    Results results = search("When did the peer review visit take place?");

    assertEquals("a-review#0", results.hits().get(0).passage().id());
    assertEquals(1.0, results.hits().get(0).coverage());
    assertEquals(List.of(), results.unmentioned());
  }

  @Test
  void a_question_not_asking_when_still_needs_the_event_it_names() {
    Results results = search("What did the peer review say at the visit?");

    assertTrue(results.hits().get(0).coverage() < 0.5, "coverage " + results.hits().get(0).coverage());
    assertEquals(List.of("visit"), results.unmentioned());
  }

  @Test
  void a_when_question_of_nothing_but_event_words_keeps_them() {
    index = PassageIndex.inMemory(List.of(new Passage(REVIEW, 0, List.of(), null, "Review, March 2011")));
    EventWords events = new EventWords(index.questionAnalyzer());
    List<QuestionTerms.Concept> concepts =
        QuestionTerms.of(index.questionAnalyzer().tokenStream(PassageFields.TEXT, "when was the meeting held?"));

    assertEquals(concepts, events.withoutEvents(concepts));
  }
}
