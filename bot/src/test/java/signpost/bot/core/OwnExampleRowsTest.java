package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import signpost.rules.decision.Verdict;

/**
 * An organisation's table of examples as archives and regulators write it: a reference before each example, its own
 * names for the stages ("Quick review", "Pre-assessment check"), and notes that speak of other changes; over a real
 * index of an organisation that brings only its documents.
 */
class OwnExampleRowsTest {

  private static final String ORG = "harnley-archives";

  @RegisterExtension
  static final OwnDocuments.Loaded DOCS = OwnDocuments.of(ORG, "Harnley Archives",
      new OwnDocuments.Doc("harnley-eair-toolkit.md", "Equality and Access Impact Review (EAIR) toolkit", "guidance", """
          # Equality and Access Impact Review (EAIR) toolkit

          ## 1. What an EAIR is
          An Equality and Access Impact Review (EAIR) shows how we pay due regard to equality before we decide. There
          are two levels: a quick review and a full review.

          ## 2. When do I need an EAIR?
          Table 2 shows what common kinds of change need.

          | Ref | Example of a change | What it needs | Notes |
          |---|---|---|---|
          | E1 | Replacing searchroom chairs or lockers like for like | No EAIR needed | Record it in the team log. |
          | E2 | Changing production times (for example fetching documents every hour instead of every 30 minutes) | Quick review | Readers wait longer but do not lose access. If the last production is brought forward by more than an hour, treat it as a cut in opening hours. |
          | E3 | Reducing opening hours at any searchroom by more than 3 hours a week | Full review | The Joint Committee decides. |
          | E4 | Closing a branch searchroom | Full review | The Joint Committee decides. |
          | E5 | Changing the phone line hours, where the total cut is 10 hours a week or less | Pre-assessment check | Callers can still reach us at other times. |

          ## 6. Sign-off
          A quick review is signed off by the Head of Archives; a full review by the Joint Committee.
          """));

  @Test
  void a_row_after_its_reference_read_by_the_organisations_name_for_a_first_stage_screens_first() {
    Answer answer = DOCS.ask("thinking of changing the document fetches in the searchroom from every half hour to every"
        + " hour, the staff are run ragged. would that need one of those equality review things or is it overkill");

    assertEquals(Verdict.SCREENING, answer.eqia().verdict(), answer.text());
    assertTrue(answer.text().contains("Changing production times"), answer.text());
  }

  @Test
  void a_pre_assessment_check_is_a_first_stage() {
    Answer answer = DOCS.ask("I want to close the phone lines on tuesday afternoons, that's 4 hours a week, callers can"
        + " still ring the rest of the week. what do I need to do?");

    assertEquals(Verdict.SCREENING, answer.eqia().verdict(), answer.text());
    assertTrue(answer.text().contains("Changing the phone line hours"), answer.text());
  }
}
