package signpost.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
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
  void the_passage_that_answers_is_found_among_many_that_repeat_its_documents_title() {
    Document strategy = new Document("a-strategy.pdf", "Equality Strategy", "a", null, null, null, false);
    List<Passage> passages = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      passages.add(passage(strategy, i, null, "The equality strategy sets out equality objectives, part " + i + "."));
      passages.add(passage(GUIDE, i, null, "Census population data for England and Wales, table " + i + "."));
    }
    passages.add(passage(strategy, 50, "Context", "Avon has a growing population of over 807,000 people."));

    List<Hit> hits = search("population according to the equality strategy?", passages.toArray(Passage[]::new));

    assertEquals("a-strategy#50", hits.get(0).passage().id());
  }

  @Test
  void two_or_more_title_words_name_the_document_unless_a_word_outside_the_title_stands_right_before_them() {
    index = PassageIndex.inMemory(List.of(passage(PLAN, 0, null, "Action plan.")));
    Set<String> title = index.titleTerms(0);

    assertEquals(List.of("equality", "action", "plan"), naming("how is the equality action plan monitored?", title));
    assertEquals(List.of("action", "plan"), naming("what does the action plan say about positive outcomes?", title));
    assertEquals(List.of(), naming("what does the plan say about positive action?", title));
    assertEquals(List.of(), naming("what does equality mean?", title));
  }

  private List<String> naming(String question, Set<String> title) {
    Analyzer analyzer = index.questionAnalyzer();
    List<QuestionTerms.Concept> concepts = QuestionTerms.of(analyzer.tokenStream(PassageFields.TEXT, question));
    return OwnTitles.naming(question, concepts, title).stream().map(c -> c.word(question)).toList();
  }
}
