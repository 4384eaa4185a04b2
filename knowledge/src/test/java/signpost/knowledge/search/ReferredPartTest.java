package signpost.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import signpost.knowledge.Document;
import signpost.knowledge.Passage;
import signpost.knowledge.index.PassageIndex;

/** A passage that points to a part of its document for what is asked ("the four outcomes in Annex 1") brings it along. */
class ReferredPartTest {

  private static final Document GUIDANCE =
      new Document("a-guidance.docx", "Avon EINA Guidance and Template", "a", null, null, null, false);

  private PassageIndex index;

  @AfterEach
  void close() {
    if (index != null) index.close();
  }

  private Results search(List<Passage> passages, String question) {
    index = PassageIndex.inMemory(passages);
    return new PassageSearcher(index).search(new SearchRequest(question, "a", 10));
  }

  private static Passage passage(int ordinal, String heading, String text) {
    return new Passage(GUIDANCE, ordinal, List.of(heading), null, text);
  }

  private static List<Passage> guidance(String pointer) {
    return List.of(
        passage(0, "1. Introduction", "This guidance explains how to assess the equality impact of a proposal."),
        passage(1, "3.2 Full EINA", "At the end of the template you pick one of the four outcomes " + pointer
            + ". Consultation should run for six weeks."),
        passage(2, "Part B: Full EINA template", "Question: B6. Mitigation; Guidance: what you will do at the end of"
            + " the consultation. Question: B8. Action plan; Guidance: pick a review date."),
        passage(3, "Annex 1: The four EINA outcomes", "1. No major change. 2. Adjust the proposal."
            + " 3. Continue the proposal. 4. Stop and remove the proposal."),
        passage(4, "Annex 2: Sources of data", "Census 2021, the residents' survey and service monitoring."),
        passage(5, "4. Timescales", "Send the draft to the Policy Officer 20 working days before the report deadline."),
        passage(6, "5. Publication", "Every full EINA is published with the report to the decision maker."));
  }

  private static final String QUESTION = "in the EINA template what are the possible outcomes you can pick at the end?";

  @Test
  void the_annex_a_passage_points_to_for_what_is_asked_ranks_just_below_it_covering_as_much() {
    Results results = search(guidance("in Annex 1"), QUESTION);

    Hit lead = results.hits().get(0);
    Hit next = results.hits().get(1);
    assertEquals("a-guidance#1", lead.passage().id(), results.hits().toString());
    assertEquals("a-guidance#3", next.passage().id(), results.hits().toString());
    assertTrue(next.coverage() >= lead.coverage() && next.onTopic(), next.toString());
  }

  @Test
  void an_annex_pointed_to_for_something_not_asked_stays_where_it_ranks() {
    List<Passage> passages = guidance("in Annex 1").stream()
        .map(p -> p.ordinal() == 1 ? passage(1, "3.2 Full EINA", p.text().replace("outcomes in Annex 1.",
            "outcomes. The data sources are listed in Annex 2.")) : p)
        .toList();
    Results results = search(passages, QUESTION);

    assertEquals("a-guidance#1", results.hits().get(0).passage().id(), results.hits().toString());
    assertTrue(results.hits().stream().noneMatch(h -> h.passage().id().equals("a-guidance#4")
        && results.hits().indexOf(h) == 1), results.hits().toString());
  }
}
