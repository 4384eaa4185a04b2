package signpost.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassageTest {

  private static final Document FAQ = new Document("faq.md", "Staff questions", "a", null, null, null, false);
  private static final Document PLAN = new Document("plan.md", "Plan", "a", null, null, null, false);
  private static final List<String> HARM = List.of("Staff questions", "A member of the public has abused me. What should I do?");

  @Test
  void a_passage_is_under_the_last_heading_of_its_path_and_one_under_none_has_none() {
    assertEquals("A member of the public has abused me. What should I do?", new Passage(FAQ, 3, HARM, null, "Tell your manager.").heading());
    assertEquals("", new Passage(FAQ, 0, List.of(), null, "Welcome.").heading());
  }

  @Test
  void passages_share_a_section_under_the_same_headings_of_the_same_document_never_under_none() {
    Passage steps = new Passage(FAQ, 3, HARM, null, "Tell your manager.");

    assertTrue(steps.inSameSectionAs(new Passage(FAQ, 4, HARM, null, "For confidential support, call ...")));
    assertFalse(steps.inSameSectionAs(new Passage(PLAN, 4, HARM, null, "Same headings, another document.")));
    assertFalse(steps.inSameSectionAs(new Passage(FAQ, 5, List.of("Staff questions"), null, "Another section.")));
    assertFalse(new Passage(FAQ, 0, List.of(), null, "a").inSameSectionAs(new Passage(FAQ, 1, List.of(), null, "b")));
  }
}
