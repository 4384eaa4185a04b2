package signpost.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import signpost.knowledge.Document;
import signpost.knowledge.Passage;
import signpost.knowledge.index.PassageFields;
import signpost.knowledge.index.PassageIndex;

class SnippetHighlighterTest {

  private static final Document DOC = new Document("plan.md", "Plan", "a", null, null, null, false);
  private static final String LONG = "Parking permits are issued by facilities. ".repeat(600)
      + "The canteen opens at nine on weekdays. The staff canteen closes in August.";

  private final PassageIndex index = PassageIndex.inMemory(List.of(
      new Passage(DOC, 0, List.of(), null, "Staff can use the canteen on weekdays. It serves hot meals."),
      new Passage(DOC, 1, List.of(), null, "The library opens late. The canteen opens early. Staff may park."),
      new Passage(DOC, 2, List.of(), null, "Parking permits are issued by facilities."),
      new Passage(DOC, 3, List.of(), null, "The canteen is open. " + LONG)));

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void snippets_are_those_lucenes_own_highlighter_makes_from_the_stored_text() throws IOException {
    Query query = new QueryBuilder(index.questionAnalyzer())
        .createBooleanQuery(PassageFields.TEXT, "When does the staff canteen open on weekdays?", Occur.SHOULD);
    int[] docIds = {3, 0, 2, 1};
    SnippetHighlighter ours = new SnippetHighlighter(index.searcher(), index.questionAnalyzer(),
        doc -> index.passage(doc).text());

    Object[] snippets = ours.snippets(query, docIds);
    assertArrayEquals(lucene(query, docIds), snippets);
    assertTrue(((Snippet) snippets[1]).marked("[", "]").startsWith("[Staff] can use the [canteen] on [weekdays]."));
  }

  @Test
  void words_past_the_maximum_length_are_not_marked() throws IOException {
    Query query = new QueryBuilder(index.questionAnalyzer())
        .createBooleanQuery(PassageFields.TEXT, "weekdays", Occur.SHOULD);
    SnippetHighlighter ours = new SnippetHighlighter(index.searcher(), index.questionAnalyzer(),
        doc -> index.passage(doc).text());

    Snippet snippet = (Snippet) ours.snippets(query, new int[] {3})[0];
    assertEquals(List.of(), snippet.marks());
    assertEquals(lucene(query, new int[] {3})[0], snippet);
  }

  @Test
  void a_sentence_pointing_back_brings_the_one_it_points_to() throws IOException {
    PassageIndex items = PassageIndex.inMemory(List.of(new Passage(DOC, 0, List.of(), null,
        "- If you feel able to, tell the person that their comments are unwelcome and ask them to stop.\n"
            + "- Talk to a Respect at Work Adviser. These are trained colleagues who will listen in confidence and explain"
            + " your options. E-mail the advisers or see the list on the intranet.\n"
            + "- Make a formal complaint under the Dignity at Work Policy. Your manager will arrange an investigation.\n"
            + "- Talk to your trade union or a staff network, who can support you.")));
    try (items) {
      Query query = new QueryBuilder(items.questionAnalyzer()).createBooleanQuery(PassageFields.TEXT,
          "is there anyone trained i can talk to in confidence", Occur.SHOULD);
      SnippetHighlighter ours = new SnippetHighlighter(items.searcher(), items.questionAnalyzer(),
          doc -> items.passage(doc).text());

      Snippet snippet = (Snippet) ours.snippets(query, new int[] {0})[0];
      assertTrue(snippet.text().contains("Talk to a Respect at Work Adviser. These are trained colleagues"), snippet.text());
      for (Snippet.Mark mark : snippet.marks()) assertTrue(mark.end() <= snippet.text().length());
    }
  }

  @Test
  void a_snippet_never_opens_with_the_full_stop_of_a_sentence_it_left_out() throws IOException {
    PassageIndex items = PassageIndex.inMemory(List.of(new Passage(DOC, 0, List.of(), null,
        "- An ECIA must be completed before a decision is made, and the decision-maker must read it.\n"
            + "- Most ECIAs start with a short screening. If the screening shows that a proposal could affect some groups"
            + " differently, a full ECIA is completed.\n"
            + "- The relevant Head of Service signs off each ECIA, after it has been reviewed by the Policy and Equality Officer.\n"
            + "- Full ECIAs are published with the committee report for the decision.")));
    try (items) {
      Query query = new QueryBuilder(items.questionAnalyzer()).createBooleanQuery(PassageFields.TEXT,
          "equality impact assessment screening sign off approve form template", Occur.SHOULD);
      SnippetHighlighter ours = new SnippetHighlighter(items.searcher(), items.questionAnalyzer(),
          doc -> items.passage(doc).text());

      Snippet snippet = (Snippet) ours.snippets(query, new int[] {0})[0];
      assertTrue(Character.isLetterOrDigit(snippet.text().charAt(0)) || snippet.text().startsWith("- "), snippet.text());
      for (Snippet.Mark mark : snippet.marks()) assertTrue(mark.end() <= snippet.text().length());
    }
  }

  /** Lucene's highlighter with the same settings, its own scorer, and text read from stored fields. */
  private Object[] lucene(Query query, int[] docIds) throws IOException {
    UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(index.searcher(), index.questionAnalyzer())
        .withFormatter(new SnippetFormatter()).withMaxLength(20_000);
    return new UnifiedHighlighter(builder) {
      Object[] snippets() throws IOException {
        return highlightFieldsAsObjects(new String[] {PassageFields.TEXT}, query, docIds, new int[] {2})
            .get(PassageFields.TEXT);
      }
    }.snippets();
  }
}
