package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import signpost.rules.decision.Verdict;

/**
 * Where an organisation's table of thresholds (first header "What you measure") puts a proposal's figure at a higher level
 * than the worked example most like it, the higher level is the proposal's, as such tables say ("the highest level
 * reached in any row wins"); where the figure stays within the example's level, the example's word stands: over a real
 * index of an organisation that brings only its documents. A level's bare figures ("2,000 or more") count what its
 * measure names ("Claimants affected a year").
 */
class HighestLevelTest {

  private static final String ORG = "eastvale-revenues";

  @RegisterExtension
  static final OwnDocuments.Loaded DOCS = OwnDocuments.of(ORG, "Eastvale Revenues and Benefits Partnership",
      new OwnDocuments.Doc("eastvale-epia-toolkit.md", "Equality and Poverty Impact Assessment (EPIA) toolkit", "guidance",
          """
          # Equality and Poverty Impact Assessment (EPIA) toolkit

          ## 1. What an EPIA is
          An Equality and Poverty Impact Assessment (EPIA) shows how we pay due regard to equality and poverty.

          ## 6. Deciding the level: thresholds
          Read across every row that applies. The level you need is the highest level reached in any row.

          | What you measure | No EPIA needed | EPIA initial check | Full EPIA |
          |---|---|---|---|
          | Households affected | Fewer than 50 households | 50 to 499 households | 500 or more households |
          | Claimants affected a year | Fewer than 250 | 250 to 1,999 | 2,000 or more |
          | Public contact hours | Reduction of less than 3 hours a week | Reduction of 3 to 9 hours a week | Reduction of 10 hours a week or more |
          | Change in a fee or charge | Less than 3% | 3% to 10% | More than 10% |

          ## 7. Worked examples

          | No. | Proposal | Level |
          |---|---|---|
          | 2 | Closing the Brackenford counter on Wednesdays | EPIA initial check |
          | 11 | Ending payment by cheque (about 310 households pay this way) | EPIA initial check |
          | 8 | Replacing the document scanning software with no change to forms | No EPIA needed |
          """));

  @Test
  void a_figure_a_higher_level_bounds_takes_the_proposal_above_the_example_like_it() {
    Answer answer = DOCS.ask("we're planning to stop taking council tax payments by cheque from October. roughly 620"
        + " households still pay that way. does this need an EPIA and which one?");

    assertEquals(Verdict.REQUIRED, answer.eqia().verdict(), answer.text());
    assertTrue(answer.text().contains("Full EPIA: 500 or more households"), answer.text());
  }

  @Test
  void a_levels_bare_figures_count_what_its_measure_names() {
    Answer answer = DOCS.ask("we want to send award letters by e-mail by default, with paper only on request. it"
        + " affects about 2,150 claimants a year. do we need to do anything equality-wise?");

    assertEquals(Verdict.REQUIRED, answer.eqia().verdict(), answer.text());
    assertTrue(answer.text().contains("Full EPIA: 2,000 or more"), answer.text());
  }

  @Test
  void a_figure_within_the_examples_level_leaves_its_word_standing() {
    Answer answer = DOCS.ask("we're planning to stop taking council tax payments by cheque from October. roughly 200"
        + " households still pay that way. does this need an EPIA and which one?");

    assertEquals(Verdict.SCREENING, answer.eqia().verdict(), answer.text());
  }

  @Test
  void a_figure_the_table_puts_under_the_line_needs_no_assessment_though_changing_a_charge_would_need_one() {
    Answer answer = DOCS.ask("quick one - the court costs charge is going up by 2.5% in the next round. is there"
        + " anything equality-wise we need to do for that or not?");

    assertEquals(Verdict.NOT_REQUIRED, answer.eqia().verdict(), answer.text());
    assertTrue(answer.text().contains("No EPIA needed: Less than 3%"), answer.text());
  }
}
