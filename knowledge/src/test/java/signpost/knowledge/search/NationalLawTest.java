package signpost.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import signpost.knowledge.Document;
import signpost.knowledge.Passage;
import signpost.knowledge.org.Nation;

class NationalLawTest {

  /** A judge of passages numbered 0 to 19, each test passage under its own number, as an index numbers them. */
  private static final NationalLaw LAW = new NationalLaw(20);

  private static final Document GUIDE = new Document("guide.md", "Guide", null, "guide", null, null, true);
  private static final Document PLAN = new Document("plan.md", "Plan", "a", null, null, null, false);

  private static Passage guide(String heading, String text) {
    return new Passage(GUIDE, 0, List.of("Specific duties", heading), null, text);
  }

  @Test
  void another_nations_law_in_the_guide_weighs_less_for_an_organisation_under_the_law_of_england() {
    Passage scottish = guide("Equality outcomes in Scotland", "Scottish public bodies must publish equality outcomes.");
    Passage welshText = guide("Objectives", "Welsh public bodies must review their objectives every four years.");
    Passage both = guide("Objectives", "In England and Wales, listed public bodies must publish equality objectives.");
    Passage english = guide("Equality objectives in England", "Public bodies must publish objectives every four years.");

    assertEquals(NationalLaw.OTHER_NATION, LAW.weight(1, scottish, Nation.ENGLAND));
    assertEquals(NationalLaw.OTHER_NATION, LAW.weight(2, welshText, Nation.ENGLAND), "its opening says whose law");
    assertEquals(1.0, LAW.weight(3, both, Nation.ENGLAND), "England's law too");
    assertEquals(1.0, LAW.weight(4, english, Nation.ENGLAND));
    assertEquals(NationalLaw.OTHER_NATION, LAW.weight(4, english, Nation.WALES), "nor England's for Wales");
    assertEquals(1.0, LAW.weight(5, guide("Harassment", "Harassment is unwanted conduct."), Nation.WALES),
        "a passage naming no nation is everyone's law");
    assertEquals(1.0, LAW.weight(1, scottish, Nation.SCOTLAND));
    assertEquals(1.0, LAW.weight(1, scottish, null), "no organisation in question, no nation");
  }

  @Test
  void an_organisations_own_documents_are_never_weighed_by_nation() {
    Passage own = new Passage(PLAN, 0, List.of("Our duties in Scotland"), null, "We follow the Scottish duties.");

    assertEquals(1.0, LAW.weight(6, own, Nation.ENGLAND));
  }

  @Test
  void a_question_naming_a_nation_asks_about_its_law() {
    assertEquals(Optional.of(Nation.WALES), NationalLaw.asked("what are the welsh specific duties?"));
    assertEquals(Optional.of(Nation.SCOTLAND), NationalLaw.asked("Do we publish outcomes like in Scotland?"));
    assertEquals(Optional.empty(), NationalLaw.asked("do we have to publish equality objectives?"));
    assertEquals(Optional.empty(), NationalLaw.asked("how do the duties in England and Scotland differ?"), "several");
  }
}
