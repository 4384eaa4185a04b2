package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import signpost.rules.decision.Verdict;

/**
 * Someone asking whether there is anything they need to do before a change goes ahead is told the first step of their
 * organisation's own assessment, as its documents say it, over a real index and the real rules: the passage telling
 * the stages, not one that only introduces a form's questions without them; asked the process for a kind of change
 * its documents have one for, that one; and of its examples, the one an abbreviation the message uses stands for.
 */
class FirstStepTest {

  private static final String ORG = "ashcombe";
  private static final String STAGES = "- Screening: a short form (about 30 minutes to complete) that decides whether a"
      + " full assessment is needed.";

  private static final String CIP = "Cost improvement programme (CIP) schemes use the combined Quality and Equality Impact"
      + " Assessment (QEIA) template instead of the standard EFIA template. QEIAs are approved by the QEIA Panel before a"
      + " scheme can start. The equality section of the QEIA follows the same two-stage process.";

  @RegisterExtension
  static final OwnDocuments.Loaded DOCS = OwnDocuments.of(ORG, "Ashcombe Council",
      new OwnDocuments.Doc("ashcombe-efia-guidance.md", "Equality and Fairness Impact Assessment guidance", "guidance", """
          # Equality and Fairness Impact Assessment guidance

          ## 2. What is an EFIA?
          An EFIA is a structured way of thinking about who a proposal affects and what can be done about it. There are two stages:
          %s
          - Full EFIA: a detailed assessment, using evidence and engagement, with an action plan.

          ## 5. The screening form
          The screening form is on the intranet. It asks the following questions:

          What is the proposal, and what is it trying to achieve?

          Who will be affected: residents, service users, staff, partners?

          ## 7. Cost improvement programme schemes (QEIA)
          %s

          ## Appendix A: Examples of when an EFIA is needed
          | Example proposal | What is needed |
          |---|---|
          | Stopping or changing a car parking concession for patients or carers | Full assessment (Stage 2) |
          | Cost improvement programme scheme affecting patient care | QEIA, approved by the QEIA Panel |
          | Moving the day of an internal team meeting | Not required |

          ## 8. Sign-off
          All EFIAs are signed off by the Head of Service responsible for the proposal.
          """.formatted(STAGES, CIP)));

  @Test
  void anything_to_do_before_a_change_is_told_the_first_stage_not_a_forms_lead_in() {
    Answer answer = DOCS.pipeline().answer(new Question("t", "libraries here. we're cutting the mobile library stops from"
        + " weekly to fortnightly to save on fuel. is there anything i need to do equality-wise before it goes ahead??", ORG));

    assertNotEquals(Verdict.NOT_REQUIRED, answer.eqia().verdict(), answer.text());
    assertTrue(answer.paragraphs().stream().anyMatch(p -> p.kind() == Paragraph.Kind.PRACTICE && p.text().contains(STAGES)),
        answer.text());
    assertFalse(answer.text().contains("It asks the following questions:"), answer.text());
  }

  @Test
  void asked_the_process_for_a_kind_of_change_its_own_process_is_told_not_the_usual_first_step() {
    Answer answer = DOCS.pipeline().answer(new Question("t", "our CIP scheme is cutting home visits and seeing more of the"
        + " patients in clinic hubs instead. whats the equality process for a CIP?", ORG));

    assertTrue(answer.paragraphs().stream().anyMatch(p -> p.kind() == Paragraph.Kind.PRACTICE && p.text().contains(CIP)),
        answer.text());
  }

  @Test
  void an_abbreviation_in_the_message_finds_the_example_that_writes_it_out() {
    Answer answer = DOCS.pipeline().answer(new Question("t", "our CIP is cutting DN home visits for patients and"
        + " carers. do we need to do anything?", ORG));

    // "Cost improvement programme" is what "CIP" stands for; the parking row shares "patients or carers" with it.
    assertTrue(answer.text().contains("Example proposal: Cost improvement programme scheme affecting patient care"),
        answer.text());
    assertFalse(answer.text().contains("car parking"), answer.text());
  }
}
