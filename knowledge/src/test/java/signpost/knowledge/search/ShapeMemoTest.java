package signpost.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import signpost.knowledge.Document;
import signpost.knowledge.Passage;

class ShapeMemoTest {

  private static final Document DOC = new Document("plan.md", "Plan", "a", null, null, null, false);

  private static Passage passage(int ordinal, String text, String... headings) {
    return new Passage(DOC, ordinal, List.of(headings), null, text);
  }

  @Test
  void a_passage_holds_the_pattern_when_its_text_or_last_heading_does() {
    ShapeMemo dates = new ShapeMemo(AnswerShape.DATE, 3);

    assertTrue(dates.holds(0, passage(0, "Agreed on 1 May 2024.")));
    assertTrue(dates.holds(1, passage(1, "Agreed.", "Decisions", "Cabinet, 1 May 2024")));
    assertFalse(dates.holds(2, passage(2, "Agreed in May.", "1 May 2024", "Cabinet")));
  }

  @Test
  void a_passage_is_tested_once_and_remembered_by_its_number() {
    ShapeMemo dates = new ShapeMemo(AnswerShape.DATE, 2);

    assertTrue(dates.holds(0, passage(0, "Agreed on 1 May 2024.")));
    assertFalse(dates.holds(1, passage(1, "Agreed in May.")));

    assertTrue(dates.holds(0, passage(0, "Agreed in May.")));
    assertFalse(dates.holds(1, passage(1, "Agreed on 1 May 2024.")));
  }
}
