package signpost.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import signpost.knowledge.Document;
import signpost.knowledge.Passage;
import signpost.knowledge.index.PassageFields;
import signpost.knowledge.index.PassageIndex;

class OwnTitlesTest {

  private static final Document REVIEW = new Document("a-review.html", "Avon Council Peer Challenge, March 2011", "a", null, null,
      null, false);
  private static final Document PLAN = new Document("a-plan.docx", "Equality Action Plan 2024", "a", null, null, null, false);
  private static final Document GUIDE = new Document("guide.md", "Guide", null, "guide", null, null, true);

  private PassageIndex index;

  @AfterEach
  void close() {
    if (index != null) index.close();
  }

  private List<Hit> search(String question, Passage... passages) {
    index = PassageIndex.inMemory(List.of(passages));
    return new PassageSearcher(index).search(new SearchRequest(question, "a", 10)).hits();
  }

  private static Passage passage(Document document, int ordinal, String section, String text) {
    return new Passage(document, ordinal, section == null ? List.of() : List.of(section), null, text);
  }

  @Test
  void the_passage_that_answers_outranks_one_that_only_repeats_its_documents_title() {
    List<Hit> hits = search("What did the peer challenge say about the workforce?",
        passage(REVIEW, 0, null, "Avon Council Peer Challenge. March 2011."),
        passage(REVIEW, 1, "Modern workforce", "Avon Council Peer Challenge: Equality Framework"),
        passage(REVIEW, 2, "Modern workforce", "Evidence of diversity training across the workforce for officers."),
        passage(REVIEW, 3, "Customer care", "Many examples of exemplary service development."),
        passage(PLAN, 0, null, "Action 1: publish workforce data every year."),
        passage(PLAN, 1, null, "Action 2: a workforce survey on inclusion."),
        passage(GUIDE, 0, null, "A decision can be challenged in court by judicial review."));

    assertEquals("a-review#2", hits.get(0).passage().id());
  }

  @Test
  void a_title_word_the_question_uses_in_another_sense_ranks_no_passage_of_that_document_up() {
    List<Hit> hits = search("Is positive action lawful?",
        passage(PLAN, 0, null, "Action 1: an action on recruitment. Action 2: an action on data."),
        passage(PLAN, 1, null, "Positive feedback was lawful and received from staff and partners."),
        passage(GUIDE, 0, null, "Positive action is lawful when it is proportionate."));

    assertEquals("guide#0", hits.get(0).passage().id());
  }

  @Test
  void a_run_of_title_words_names_the_document_unless_a_word_outside_the_title_stands_right_before_it() {
    index = PassageIndex.inMemory(List.of(passage(PLAN, 0, null, "Action plan.")));
    Set<String> title = index.titleTerms(0);

    assertEquals(List.of("equality", "action", "plan"), naming("how is the equality action plan monitored?", title));
    assertEquals(List.of(), naming("what is positive action?", title));
    assertEquals(List.of("equality"), naming("what does equality mean, in positive action?", title));
  }

  private List<String> naming(String question, Set<String> title) {
    Analyzer analyzer = index.questionAnalyzer();
    List<QuestionTerms.Concept> concepts = QuestionTerms.of(analyzer.tokenStream(PassageFields.TEXT, question));
    return OwnTitles.naming(question, concepts, title).stream().map(c -> c.word(question)).toList();
  }
}
