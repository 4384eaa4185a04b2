package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A strategy giving each objective a part of its own answers "what are our objectives?" with all their names, cited,
 * though each passage holds one: over a real index of an organisation that brings only its documents.
 */
class NumberedPartsTest {

  private static final String ORG = "hallowmere";

  @RegisterExtension
  static final OwnDocuments.Loaded DOCS = OwnDocuments.of(ORG, "Hallowmere College",
      new OwnDocuments.Doc("hallowmere-edi-strategy.md", "Equality Strategy 2025-2029", "strategy", """
          # Equality Strategy 2025-2029

          ## 6. Our equality objectives
          We have five equality objectives. Each has an executive lead who is accountable for progress.

          ### Objective 1: Closing our awarding gaps
          Remove the unexplained differences in degree outcomes between groups of students.
          Executive lead: Pro Vice-Chancellor (Education)

          ### Objective 2: An accessible college
          Make our campuses, teaching and systems accessible by design.
          Executive lead: Chief Operating Officer

          ### Objective 3: A fair and representative workforce
          Recruit, pay and promote fairly.
          Executive lead: Director of People

          ### Objective 4: Safe to be yourself
          Prevent harassment, sexual misconduct and hate, and respond well when they happen.
          Executive lead: Director of Student Services

          ## 7. Governance
          The Equality Committee meets every term and reports to the Board.
          """));

  @Test
  void asked_for_the_objectives_each_under_its_own_heading_their_names_are_listed_and_cited() {
    Answer answer = DOCS.pipeline().answer(new Question("t",
        "what are our equality objectives? and who is the exec lead for the harassment one", ORG));

    String text = answer.text();
    for (String name : new String[] {"Closing our awarding gaps", "An accessible college",
        "A fair and representative workforce", "Safe to be yourself"}) {
      assertTrue(text.contains("Objective"), text);
      assertTrue(text.contains(name), name + " missing: " + text);
    }
    assertTrue(text.contains("Director of Student Services"), text);
    assertTrue(answer.sources().stream().anyMatch(c -> c.section().endsWith("6. Our equality objectives")),
        answer.sources()::toString);
  }

  @Test
  void asked_for_one_objective_the_others_are_not_listed() {
    Answer answer = DOCS.pipeline().answer(new Question("t", "who is the exec lead for objective 4?", ORG));

    assertTrue(answer.text().contains("Director of Student Services"), answer.text());
    assertFalse(answer.text().contains("An accessible college"), answer.text());
  }

  @Test
  void a_label_is_asked_for_in_the_plural() {
    assertTrue(NumberedParts.asksForAll("what are our equality objectives?", "Objective"));
    assertTrue(NumberedParts.asksForAll("list the priorities", "Priority"));
    assertFalse(NumberedParts.asksForAll("what does objective 2 say?", "Objective"));
  }
}
