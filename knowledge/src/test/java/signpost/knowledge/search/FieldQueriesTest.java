package signpost.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import signpost.knowledge.Document;
import signpost.knowledge.Passage;
import signpost.knowledge.index.PassageFields;
import signpost.knowledge.index.PassageIndex;

class FieldQueriesTest {

  private static final Document DOC = new Document("plan.md", "Plan", "a", null, null, null, false);
  private static final List<String> FIELDS = List.of(PassageFields.TEXT, PassageFields.SECTION, PassageFields.TITLE);
  private static final List<String> QUESTIONS = List.of(
      "What is the Public Sector Equality Duty?",
      "Do I need an EqIA for a new policy?",
      "Who leads on equality, diversity and inclusion?",
      "What does the Equality Impact Assessment (EqIA) say about staff networks?",
      "canteen");

  private final PassageIndex index = PassageIndex.inMemory(List.of(new Passage(DOC, 0, List.of(), null,
      "An Equality Impact Assessment (EqIA) is done before a decision.")));
  private final Analyzer analyzer = index.questionAnalyzer();

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void each_field_query_is_the_one_built_from_the_question_alone() throws IOException {
    FieldQueries queries = new FieldQueries(analyzer);
    FieldQueries alone = new FieldQueries(analyzer);
    for (String question : QUESTIONS) {
      try (AnalysedQuestion analysed = new AnalysedQuestion(analyzer, question)) {
        for (String field : FIELDS) {
          assertNotNull(queries.on(field, analysed), question);
          assertEquals(alone.createBooleanQuery(field, question, Occur.SHOULD), queries.on(field, analysed), question);
        }
      }
    }
  }

  @Test
  void the_ways_a_synonym_writes_a_phrase_score_as_one_concept_by_the_best_of_them() throws IOException {
    try (AnalysedQuestion analysed = new AnalysedQuestion(analyzer, "how far ahead of cabinet does the equality paperwork need to be in")) {
      BooleanQuery query = (BooleanQuery) new FieldQueries(analyzer).on(PassageFields.TEXT, analysed);

      List<DisjunctionMaxQuery> ways = query.clauses().stream().map(BooleanClause::getQuery)
          .filter(DisjunctionMaxQuery.class::isInstance).map(DisjunctionMaxQuery.class::cast).toList();
      assertEquals(1, ways.size(), query.toString());
      assertEquals(0.5f, ways.get(0).getTieBreakerMultiplier());
      assertTrue(ways.get(0).getDisjuncts().size() > 5, ways.get(0).toString());
      assertTrue(query.clauses().stream().anyMatch(c -> c.getQuery().toString().contains("text:cabinet")
          && !(c.getQuery() instanceof DisjunctionMaxQuery)), "cabinet, outside the phrase, is searched on its own: " + query);
    }
  }

  @Test
  void concepts_read_after_the_queries_are_those_of_a_fresh_analysis() throws IOException {
    FieldQueries queries = new FieldQueries(analyzer);
    for (String question : QUESTIONS) {
      try (AnalysedQuestion analysed = new AnalysedQuestion(analyzer, question)) {
        FIELDS.forEach(field -> queries.on(field, analysed));

        assertEquals(QuestionTerms.of(analyzer.tokenStream(PassageFields.TEXT, question)),
            QuestionTerms.of(analysed.tokens()), question);
      }
    }
  }

  @Test
  void a_question_of_only_stop_words_has_no_query() throws IOException {
    try (AnalysedQuestion analysed = new AnalysedQuestion(analyzer, "What is the")) {
      assertNull(new FieldQueries(analyzer).on(PassageFields.TEXT, analysed));
    }
  }
}
