package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import signpost.knowledge.search.Quote;
import signpost.rules.decision.Verdict;

/**
 * The groups an organisation adds to the nine protected characteristics, found in its own documents where it brings no
 * organisation file, and given whole to a question about characteristics: over a real index.
 */
class OwnCharacteristicsTest {

  private static final String ORG = "ashmere";
  private static final String LEAD_IN = "Because of the communities we serve, every assessment must also consider two"
      + " further groups, even though they are not protected characteristics in law:";
  private static final String LIST = "• rural isolation - people who live in villages with no public transport; and"
      + " • socio-economic disadvantage - people on low incomes.";

  @RegisterExtension
  static final OwnDocuments.Loaded DOCS = OwnDocuments.of(ORG, "Ashmere Fire and Rescue Service",
        new OwnDocuments.Doc("ashmere-assessment-procedure.md", "People Impact Assessment Procedure", "guidance", """
            # People Impact Assessment Procedure

            ## What an assessment covers
            Every assessment must consider the nine protected characteristics and our two local characteristics.

            %s

            %s

            ## Who signs it off
            The Head of Service signs off every assessment.
            """.formatted(LEAD_IN, LIST)));

  private static final String ADDED = "Since March 2023 the council has asked every service to consider three"
      + " additional groups in its impact assessments: people who are digitally excluded, carers and people living alone.";

  @RegisterExtension
  static final OwnDocuments.Loaded ADDITIONAL = OwnDocuments.of("fenmoor", "Fenmoor Council",
        new OwnDocuments.Doc("fenmoor-duty-guide.md", "The equality duty for managers", "guidance", """
            # The equality duty for managers

            ## Our additional groups
            %s

            ## Who signs it off
            The Head of Service signs off every assessment.
            """.formatted(ADDED)));

  @RegisterExtension
  static final OwnDocuments.Loaded OWN_GROUPS = OwnDocuments.of("tamarind", "Tamarind Pension Fund",
        new OwnDocuments.Doc("tamarind-duty-guide.md", "The equality duty and our fund", "guidance", """
            # The equality duty and our fund

            ## A note on other groups
            These groups are not protected characteristics in law. Considering them does not replace considering the
            protected characteristics, but they often overlap with age, disability and sex.

            ## Our additional groups
            The Fund has chosen three additional groups that every review must consider:

            - deferred members who are hard to trace;
            - members without online access;
            - members with a power of attorney or deputyship.
            """));

  @Test
  void groups_of_the_organisations_own_are_added_to_the_nine_before_a_note_on_such_groups() {
    // None of them is a group councils and trusts often add (carers, care leavers, rural isolation ...): the list is
    // the organisation's still, before the note that names no group.
    List<Quote> own = new OwnCharacteristics(OWN_GROUPS.knowledge()).find("tamarind");

    String quoted = String.join("\n", own.stream().map(q -> q.snippet().text()).toList());
    assertTrue(quoted.contains("deferred members who are hard to trace"), quoted);
  }

  @Test
  void groups_called_additional_are_the_groups_added_to_the_nine() {
    List<Quote> own = new OwnCharacteristics(ADDITIONAL.knowledge()).find("fenmoor");

    String quoted = String.join("\n", own.stream().map(q -> q.snippet().text()).toList());
    assertTrue(quoted.contains("people who are digitally excluded"), quoted);
  }

  @Test
  void the_groups_added_to_the_nine_are_its_lead_in_and_the_list_after_it() {
    List<Quote> own = new OwnCharacteristics(DOCS.knowledge()).find(ORG);

    // The passage naming no group ("our two local characteristics") is not what is added; the lead-in and its list are.
    String quoted = String.join("\n", own.stream().map(q -> q.snippet().text()).toList());
    assertTrue(quoted.contains(LEAD_IN) && quoted.contains(LIST), quoted);
    assertFalse(quoted.contains("our two local characteristics"), quoted);
    assertEquals(2, own.size(), "two passages, the list not being a list the reader knows");
    assertEquals(List.of(), new OwnCharacteristics(DOCS.knowledge()).find("another-org"));
  }

  @Test
  void a_question_about_characteristics_is_told_the_groups_the_organisation_adds() {
    Answer answer = DOCS.pipeline().answer(new Question("t",
        "what are the protected characteristics? and is living out in the sticks one of them, half our patch is farms", ORG));

    String text = answer.text();
    assertTrue(text.contains("sexual orientation"), text);
    assertTrue(text.contains("rural isolation"), text);
    assertTrue(answer.sources().stream().anyMatch(c -> c.title().startsWith("People Impact Assessment Procedure")),
        answer.sources()::toString);
  }

  @Test
  void an_assessment_to_do_is_given_them_behind_more() {
    Answer answer = DOCS.pipeline().answer(new Question("t",
        "we're closing the community room at the fire station, do we need a people impact assessment?", ORG));

    assertTrue(answer.eqia() != null && answer.eqia().verdict() != Verdict.NOT_REQUIRED, answer.text());
    assertTrue(answer.paragraphs().stream().anyMatch(p -> p.kind() == Paragraph.Kind.MORE && p.text().contains(LIST)),
        answer.text());
  }

  @Test
  void an_assessment_asked_about_characteristics_is_given_them_beside_its_verdict() {
    Answer answer = DOCS.pipeline().answer(new Question("t", "does living out in the sticks count as one of the"
        + " characteristics here? we're closing the community room at the fire station, do we need a people impact"
        + " assessment?", ORG));

    assertTrue(answer.eqia() != null && answer.eqia().verdict() != Verdict.NOT_REQUIRED, answer.text());
    assertTrue(answer.text().contains("rural isolation"), answer.text());
    assertTrue(answer.text().contains("not protected characteristics in law"), answer.text());
  }

  @Test
  void a_question_about_something_else_is_not() {
    Answer answer = DOCS.pipeline().answer(new Question("t", "who signs off a people impact assessment?", ORG));

    assertFalse(answer.text().contains("rural isolation"), answer.text());
  }
}
