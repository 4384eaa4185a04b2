package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import signpost.rules.decision.Verdict;

/**
 * A table of thresholds with a column for each level ("Measure: Clinic sessions a week; No EHA needed: No change to
 * sessions; Rapid EHA: 1 or 2 ...; Comprehensive EHA: 3 or more ...") is read as one row for each level a proposal may
 * meet, not as one row saying none is needed: over a real index of an organisation that brings only its documents.
 */
class ThresholdLevelsTest {

  private static final String ORG = "fenwick-health";

  @RegisterExtension
  static final OwnDocuments.Loaded DOCS = OwnDocuments.of(ORG, "Fenwick Public Health",
      new OwnDocuments.Doc("fenwick-haa-guidance.md", "Equality and Health Assessment guidance", "guidance", """
          # Equality and Health Assessment (EHA): guidance

          ## 2. What an EHA is
          An Equality and Health Assessment (EHA) shows how we pay due regard to equality before we decide.

          ## 3. Do I need an EHA?

          ### 3.1 Thresholds
          Use Table 1 first. If any row puts your proposal in a higher column, the higher level applies.

          | Measure | No EHA needed | Rapid EHA | Comprehensive EHA |
          |---|---|---|---|
          | Clinic sessions a week | No change to sessions | 1 or 2 clinic sessions a week reduced | 3 or more clinic sessions a week reduced |
          | Staff affected | No change to terms or hours | A rota change affecting fewer than 50 staff | 50 or more staff |

          ### 3.2 Examples
          Table 2 shows what common kinds of change usually need.

          | Kind of change | Example | What you need |
          |---|---|---|
          | Reducing 1 or 2 clinic sessions a week | Stopping one evening session of a sexual health clinic | Rapid EHA |
          | Closing a clinic | Closing the Tarnside drop-in | Comprehensive EHA |
          | Closing the clinic phone lines on Wednesday afternoons for three weeks for staff training | Reduced for no more than 4 weeks | Rapid EHA |
          | Pausing home visits for three weeks for staff training | Paused for no more than 4 weeks | Rapid EHA |
          | Reprinting a leaflet | Reprinting a leaflet with no change to content | No EHA needed |

          ## 5. Sign-off
          A rapid EHA is signed off by a Deputy Director; a comprehensive EHA by an Executive Director.
          """));

  @Test
  void a_level_column_saying_none_is_not_a_row_saying_a_session_cut_needs_nothing() {
    Answer answer = DOCS.ask("we're thinking of dropping the thursday evening session at the sexual health clinic, so"
        + " one less session a week. do i need to fill anything in for that");

    assertEquals(Verdict.SCREENING, answer.eqia().verdict(), answer.text());
    assertTrue(answer.text().contains("Stopping one evening session of a sexual health clinic"), answer.text());
    assertFalse(answer.text().contains("No EHA needed: No change to sessions"), answer.text());
  }

  @Test
  void a_figure_no_kind_of_change_speaks_of_meets_the_level_whose_cell_bounds_it() {
    Answer answer = DOCS.ask("we want to move the whole directorate onto a new on-call pattern, it affects 70 staff."
        + " do we need to do anything");

    assertEquals(Verdict.REQUIRED, answer.eqia().verdict(), answer.text());
    assertTrue(answer.text().contains("Comprehensive EHA: 50 or more staff"), answer.text());
  }

  @Test
  void a_row_sharing_several_words_and_bounding_the_figure_is_the_proposals_whatever_else_it_seems_to_describe() {
    Answer answer = DOCS.ask("were thinking of stopping the home visits for 3 weeks so everyone can do the new system"
        + " training. do i need to fill anything in first?");

    assertEquals(Verdict.SCREENING, answer.eqia().verdict(), answer.text());
    assertTrue(answer.text().contains("Pausing home visits for three weeks for staff training"), answer.text());
  }

  @Test
  void a_service_shut_on_an_afternoon_named_by_its_short_day_name_is_a_change_to_its_hours() {
    Answer answer = DOCS.ask("hi, were thinking of shutting the clinic phones on weds afternoons for 3 weeks for"
        + " training. do i need to fill anything in first?");

    assertEquals(Verdict.SCREENING, answer.eqia().verdict(), answer.text());
    assertTrue(answer.text().contains("Closing the clinic phone lines on Wednesday afternoons"), answer.text());
  }
}
