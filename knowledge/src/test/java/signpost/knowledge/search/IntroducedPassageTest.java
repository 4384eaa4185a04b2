package signpost.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import signpost.knowledge.Document;
import signpost.knowledge.Passage;
import signpost.knowledge.index.PassageIndex;

/** A passage goes on about what the passage before it in the same section introduced, and covers its name. */
class IntroducedPassageTest {

  private static final Document STRATEGY = new Document("a-strategy.pdf", "Avon EDI Strategy", "a", null, null, null, false);

  private PassageIndex index;

  @AfterEach
  void close() {
    if (index != null) index.close();
  }

  private Results search(List<Passage> passages, String question) {
    index = PassageIndex.inMemory(passages);
    return new PassageSearcher(index).search(new SearchRequest(question, "a", 10));
  }

  private static final Passage NAMED = new Passage(STRATEGY, 0, List.of("Governance"), 3,
      "The Council has a staff network, Pride and Equality Network (PEN), and five peer groups.");
  private static final Passage GOES_ON = new Passage(STRATEGY, 1, List.of("Governance"), 3,
      "Members sit on the working group. The groups meet during working hours.");

  @Test
  void the_passage_after_the_one_naming_the_network_covers_the_name() {
    Results results = search(List.of(NAMED, GOES_ON), "do the PEN groups meet in working hours?");

    Hit hit = results.hits().stream().filter(h -> h.passage().id().equals("a-strategy#1")).findFirst().orElseThrow();
    assertEquals(1.0, hit.coverage(), 0.001, results.hits() + " " + results.unmentioned());
  }

  @Test
  void a_passage_in_another_section_does_not_inherit_the_name() {
    Passage elsewhere = new Passage(STRATEGY, 1, List.of("Workforce"), 4,
        "Members sit on the working group. The groups meet during working hours.");
    Results results = search(List.of(NAMED, elsewhere), "do the PEN groups meet in working hours?");

    Hit hit = results.hits().stream().filter(h -> h.passage().id().equals("a-strategy#1")).findFirst().orElseThrow();
    assertTrue(hit.coverage() < 0.8, "coverage " + hit.coverage());
  }
}
