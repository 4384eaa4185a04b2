package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import signpost.rules.decision.Verdict;

/**
 * A cell of a table of thresholds that opens with "No" but sets a bound ("No centre closed, and opening hours cut by
 * less than 4 hours a week") holds the proposal's figure as any other; a cell under the line is no line where another
 * cell of its measure applies whatever the figure to what the proposal does ("any staff asked to move their work base to
 * a different site, however few"): over a real index of an organisation that brings only its documents.
 */
class ThresholdCellsTest {

  private static final String ORG = "road-user-testing";

  @RegisterExtension
  static final OwnDocuments.Loaded DOCS = OwnDocuments.of(ORG, "Road User Testing Agency",
      new OwnDocuments.Doc("ruta-ea-toolkit.md", "Equality Analysis (EA) toolkit", "guidance", """
          # Equality Analysis (EA) toolkit

          ## 1. What an EA is
          An Equality Analysis (EA) shows how we pay due regard to the three aims of the equality duty.

          ## 3. Deciding the level of analysis
          Work down every row. The level is the highest any row gives.

          | Measure | No further analysis | Proportionate EA | Full EA |
          |---|---|---|---|
          | Test centres | No centre closed, and opening hours cut by less than 4 hours a week at any centre | Hours cut by 4 hours a week or more at any centre | Two or more centres closed |
          | Candidates affected a year | Fewer than 2,000 | 2,000 to 25,000 | More than 25,000 |
          | Staff affected | Fewer than 10 | 10 to 39 | 40 or more, or any staff asked to move their work base to a different site, however few |
          """));

  @Test
  void a_cell_opening_with_no_that_sets_a_bound_holds_the_figure_under_the_line() {
    Answer answer = DOCS.ask("thornbridge TCM here. we want to shut at 1.30pm on fridays instead of 5pm so the team can"
        + " do training, so thats 3.5 hrs a week less opening. do i need an EA?");

    assertEquals(Verdict.NOT_REQUIRED, answer.eqia().verdict(), answer.text());
    assertTrue(answer.text().contains("opening hours cut by less than 4 hours a week"), answer.text());
  }

  @Test
  void a_cell_under_the_line_is_no_line_where_another_of_its_measure_applies_whatever_the_figure_to_what_is_done() {
    Answer moving = DOCS.ask("the northgate depot is closing and the 5 lads based there would move to the riverside"
        + " depot. only 5 staff so under the 10 in the table? do we need an EA");
    Answer rota = DOCS.ask("we're changing the rota for the 6 cleaners at the depot, same hours overall. do i need an EA?");

    assertEquals(Verdict.REQUIRED, moving.eqia().verdict(), moving.text());
    assertEquals(Verdict.NOT_REQUIRED, rota.eqia().verdict(), rota.text());
  }
}
