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

  @RegisterExtension
  static final OwnDocuments.Loaded TABLED = OwnDocuments.of("fellbeck", "Fellbeck Park Authority",
      new OwnDocuments.Doc("fellbeck-equality-report.md", "Equality Report 2025/26", "report", """
          # Equality Report 2025/26

          ## 2. How we met the general duty
          We received 6 complaints about equality or access. One concerned a planning decision.

          ## 6. Equality objectives 2024 to 2028: progress
          The Authority adopted four equality objectives on 21 March 2024. Each has a lead officer.

          | No. | Equality objective | Lead officer | Status |
          |---|---|---|---|
          | EO1 | A Park for everyone: widen participation by people under-represented among our visitors | Head of Visitor Experience | Amber |
          | EO2 | Accessible countryside: more of the Park open to disabled people | Ranger Services Manager | Green |
          | EO3 | A workforce and volunteer team that reflects the communities we serve | HR Manager | Amber |
          | EO4 | Fair decisions: equality considered in everything we decide | Equality Officer | Amber |

          ## 7. Action plan
          | Ref | Action | Obj. | Owner |
          |---|---|---|---|
          | A1 | Run 40 supported group visits | EO1 | Head of Visitor Experience |
          | A2 | Add 3 new Miles without Stiles routes | EO2 | Ranger Services Manager |
          | A3 | Train every manager in equality analysis | EO4 | Equality Officer |
          """));

  @Test
  void asked_for_the_objectives_listed_as_a_tables_rows_their_names_are_listed_with_their_numbers() {
    Answer answer = TABLED.pipeline().answer(new Question("t",
        "how many equality objectives have we got and what are they?", "fellbeck"));

    String text = answer.text();
    assertTrue(text.contains("four equality objectives"), text);
    for (String name : new String[] {"EO1 A Park for everyone", "EO2 Accessible countryside",
        "EO3 A workforce and volunteer team", "EO4 Fair decisions"}) {
      assertTrue(text.contains(name), name + " missing: " + text);
    }
    assertFalse(text.contains("Run 40 supported group visits"), "the action plan lists no objective: " + text);
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
