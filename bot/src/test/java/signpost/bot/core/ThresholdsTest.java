package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import signpost.bot.core.Thresholds.Unit;

class ThresholdsTest {

  @Test
  void a_proposals_own_figures_are_read_by_what_they_count() {
    assertEquals(Map.of(Unit.STAFF, 14.0), Thresholds.told("we're merging with the benefits admin team, 14 posts altogether"));
    assertEquals(Map.of(Unit.SCORE, 9.0), Thresholds.told("QIA risk score came out at 9. what assessment do i need?"));
    assertEquals(Map.of(Unit.MONEY, 180_000.0), Thresholds.told("it saves about £180k a year"));
    assertTrue(Thresholds.told("two band 6 district nurses with band 5s").isEmpty());
  }

  @Test
  void a_row_whose_bounds_the_figure_falls_outside_does_not_fit() {
    Map<Unit, Double> nine = Map.of(Unit.SCORE, 9.0);
    assertFalse(Thresholds.fit("Type of proposal: Cost improvement schemes with a QIA risk score of 4 to 7; What is"
        + " needed: Part 1 screening", nine));
    assertTrue(Thresholds.fit("Type of proposal: Cost improvement schemes with a QIA risk score of 8 or above; What is"
        + " needed: Part 2 full EHIA", nine));
    Map<Unit, Double> fourteen = Map.of(Unit.STAFF, 14.0);
    assertTrue(Thresholds.fit("Example proposal: A restructure affecting fewer than 20 posts; What you need: Stage 1", fourteen));
    assertFalse(Thresholds.fit("Example proposal: Restructure of a service affecting 20 or more posts; What you need:"
        + " Stage 2 full EFSIA", fourteen));
    assertFalse(Thresholds.fit("Proposal: A small grants round of under £50,000; Screening only", Map.of(Unit.MONEY, 80_000.0)));
    // Bounds on what the proposal does not tell, or on something else, leave the row as it is.
    assertTrue(Thresholds.fit("Proposal: Young adult carers aged 16 to 25; Full EDRA", fourteen));
    assertTrue(Thresholds.fit("Proposal: A small grants round of under £50,000; Screening only", fourteen));
  }

  @Test
  void no_more_than_a_figure_holds_it_and_those_below_it() {
    String row = "Example of a change: Closing the phone lines on Wednesday afternoons for three weeks for staff training;"
        + " What it needs: Stage 1 review; Why: Service reduced for more than 1 week but no more than 4 weeks";
    assertTrue(Thresholds.fit(row, Map.of(Unit.DAYS, 21.0)), "3 weeks is more than 1 and no more than 4");
    assertTrue(Thresholds.fit(row, Map.of(Unit.DAYS, 28.0)), "4 weeks is no more than 4");
    assertFalse(Thresholds.fit(row, Map.of(Unit.DAYS, 35.0)));
    assertFalse(Thresholds.fit("Kind of change: Temporary closure; Example: A closure lasting not less than 3 weeks",
        Map.of(Unit.DAYS, 14.0)));
  }

  @Test
  void a_time_moved_is_held_against_a_rows_minutes() {
    Map<Unit, Double> ten = Thresholds.told("finish at 3.10 instead of 3.00 on wednesdays");
    assertEquals(Map.of(Unit.MINUTES, 10.0), ten);
    assertEquals(Map.of(Unit.MINUTES, 30.0), Thresholds.told("close at 4pm not 4.30 on fridays"));
    assertEquals(Map.of(Unit.MINUTES, 30.0), Thresholds.told("start half an hour later in the winter"));
    assertEquals(Map.of(Unit.MINUTES, 20.0), Thresholds.told("open 20 mins earlier on market days"));
    assertEquals(Map.of(), Thresholds.told("we had 3 instead of 5 at the meeting"));

    String more = "Example of change: Changing the start or finish time of the school day by more than 15 minutes";
    String less = "Example of change: Changing the start or finish time of the school day by 15 minutes or less";
    assertFalse(Thresholds.fit(more, ten), "15 minutes is no 15 million");
    assertTrue(Thresholds.fit(less, ten));
    Map<Unit, Double> half = Map.of(Unit.MINUTES, 30.0);
    assertTrue(Thresholds.fit(more, half));
    assertFalse(Thresholds.fit(less, half));
  }

  @Test
  void opening_hours_cut_from_one_figure_to_another_are_a_share_cut_held_against_a_rows_percentages() {
    Map<Unit, Double> cut = Thresholds.told("open 30 hrs a week and we want to take it down to 28 by shutting at 3");
    assertEquals(100.0 * 2 / 30, cut.get(Unit.SHARE), 0.01);
    assertEquals(Map.of(Unit.SHARE, 8.0), Thresholds.told("cutting the library's hours by 8% from april"));
    assertFalse(Thresholds.fit("Type of change: Closures; Examples: reducing opening hours by 10% or more; Level 2", cut));
    assertTrue(Thresholds.fit("Type of change: Small change; Examples: Reducing weekly opening hours by less than 10%;"
        + " Level 1", cut));
    assertFalse(Thresholds.fit("Examples: Reducing weekly opening hours by less than 10%; Level 1",
        Thresholds.told("from 40 to 32 hours a week")));
  }

  @Test
  void a_share_raised_or_cut_is_told_without_by_and_a_range_of_shares_bounds_it_at_both_ends() {
    assertEquals(Map.of(Unit.SHARE, 4.0), Thresholds.told("animal boarding licence fee going up 4% next april"));
    assertEquals(Map.of(Unit.SHARE, 6.0), Thresholds.told("a 6% rise in the practical test fee"));
    assertEquals(Map.of(), Thresholds.told("it's around 4% of the older people's grants pot"), "a share of something");
    Map<Unit, Double> four = Map.of(Unit.SHARE, 4.0);
    assertFalse(Thresholds.fit("Example: a pest control charge up by 8%; What decided it: Fee change 5% up to 15%", four),
        "the top of a range is no bound alone");
    assertFalse(Thresholds.fit("Measure: Change in fees; Proportionate EA: 5% to 10%", four));
    assertTrue(Thresholds.fit("Measure: Change in fees; Proportionate EA: 3% to 10%", four));
    assertEquals(1, Thresholds.bounded("Measure: Change in fees; Proportionate EA: 3% to 10%", four));
  }

  @Test
  void the_people_a_service_serves_are_counted_apart_from_staff_and_held_against_a_rows_passengers() {
    Map<Unit, Double> few = Thresholds.told("the 19A only gets about 120 people a day, going to every hour on saturdays");
    assertEquals(Map.of(Unit.USERS, 120.0), few);
    assertEquals(Map.of(Unit.STAFF, 8.0), Thresholds.told("it affects 8 people in the contact centre"));
    assertEquals(Map.of(Unit.USERS, 400.0), Thresholds.told("prob 300-400 people a yr would use it"),
        "people a year, however written, are served, not staff");
    assertEquals(Map.of(Unit.STAFF, 12.0), Thresholds.told("new rota for 12 colleagues at the depot"));
    String busy = "Kind of change: Frequency reduction; Example: every 30 to every 60 minutes on a route carrying more than"
        + " 200 passengers a day; Level: Full";
    String quiet = "Kind of change: Frequency reduction; Example: The same change on a route carrying 200 passengers a day"
        + " or fewer; Level: Screening";
    assertFalse(Thresholds.fit(busy, few));
    assertTrue(Thresholds.fit(quiet, few));
    assertEquals(1, Thresholds.bounded(quiet, few));
    assertEquals(0, Thresholds.bounded("Kind of change: Closing a counter on Saturdays; Level: Full", few));
    assertFalse(Thresholds.fit("Example: a change affecting more than 5,000 consumers",
        Thresholds.told("it would hit maybe 300 consumers")));
  }

  @Test
  void a_time_told_the_british_way_and_a_rows_hours_are_held_as_minutes() {
    Map<Unit, Double> half = Thresholds.told("shut the bus station at half 10 instead of 11pm on sundays");
    assertEquals(Map.of(Unit.MINUTES, 30.0), half);
    assertEquals(Map.of(), Thresholds.told("half 10 of them came"), "no time moved");
    assertFalse(Thresholds.fit("Example: Closing a bus station waiting room one hour or more earlier; Full", half));
    assertTrue(Thresholds.fit("Example: Opening or closing a bus station up to 59 minutes later or earlier; Screening",
        half));
    assertTrue(Thresholds.fit("Example: closing 2 hours or more earlier; Full", Map.of(Unit.MINUTES, 150.0)));
    // Hours a week are opening hours, not a time moved.
    assertTrue(Thresholds.fit("Example: cutting opening hours by 10 hours a week or more; Full", half));
  }

  @Test
  void hours_a_week_cut_and_staff_counted_after_they_are_named_are_held_against_a_rows_bounds() {
    Map<Unit, Double> winter = Thresholds.told("shut at 4 instead of 5 on weekdays, so thats 5 hrs a week less");
    assertEquals(5.0, winter.get(Unit.WEEKLY_HOURS));
    assertFalse(Thresholds.fit("Example: Changing HWRC opening hours by more than 10 hours a week at any site; Full", winter));
    assertTrue(Thresholds.fit("Example: Changing HWRC opening hours in winter by 10 hours a week or less; Screen", winter));
    Map<Unit, Double> drivers = Thresholds.told("move the haulage drivers (about 60 of them) onto a monday to friday pattern");
    assertEquals(Map.of(Unit.STAFF, 60.0), drivers);
    assertTrue(Thresholds.fit("Example: Changing shift patterns or working hours for more than 25 staff; Full", drivers));
    assertFalse(Thresholds.fit("Example: Changing shift patterns or working hours for 25 staff or fewer; Screen", drivers));
    assertEquals(Map.of(Unit.MINUTES, 120.0), Thresholds.told("close the front desk at 3pm on fridays instead of 5"));
  }

  @Test
  void a_levels_bare_figures_count_what_its_measure_names() {
    Map<Unit, Double> told = Thresholds.told("about 2,150 complainants a year");
    assertEquals(1, Thresholds.bounded(Thresholds.boundsOfLevel("Measure: Complainants affected a year; Full EIR: 2,000 or"
        + " more", "Measure: Complainants affected a year"), told));
    assertEquals(0, Thresholds.bounded(Thresholds.boundsOf("Measure: Complainants affected a year; Full EIR: 2,000 or"
        + " more"), told), "a bare figure counts nothing of itself");
    assertEquals(Unit.STAFF, Thresholds.implied("Measure: Staff affected"));
    assertEquals(Unit.MONEY, Thresholds.implied("Measure: Money: budget change in a year"));
    assertEquals(Unit.SHARE, Thresholds.implied("Measure: % change to a service standard"));
  }

  @Test
  void the_uses_of_a_service_are_counted_as_its_people_are() {
    Map<Unit, Double> told = Thresholds.told("around 250 appointments a week. a lot of them are older patients");
    assertEquals(Map.of(Unit.USERS, 250.0), told);
    assertFalse(Thresholds.fit("Type of change: Changing session times at one site, with the same number of appointments"
        + " and fewer than 200 appointments a week; Level needed: Stage 1 quick check", told));
  }
  @Test
  void how_long_a_change_lasts_is_held_against_the_spans_a_row_is_of_and_not_against_its_notice_or_notes() {
    Map<Unit, Double> sixWeeks = Thresholds.told("we've got to shut the road for about 6 weeks while they rebuild the bridge");
    assertEquals(Map.of(Unit.DAYS, 42.0), sixWeeks);
    assertFalse(Thresholds.fit("Kind of change: Medium closures; Examples: Closures of more than 5 working days and less"
        + " than 4 weeks; What it needs: Equality Impact Check", sixWeeks));
    assertTrue(Thresholds.fit("Kind of change: Long closures; Examples: Closures of 4 weeks or more; What it needs: Full",
        sixWeeks));
    Map<Unit, Double> fiveDays = Thresholds.told("we'd close the pontoon for 5 days and move the boats");
    assertFalse(Thresholds.fit("Kind of change: Short closures; Examples: Closures of 2 working days or fewer; What it"
        + " needs: No check needed", fiveDays));
    assertTrue(Thresholds.fit("Example of a change: Closing a pontoon for 3 to 14 days for maintenance; Level of review:"
        + " Initial Review; Notes: Under 3 days: no review", fiveDays), "the notes bound another level");
    assertFalse(Thresholds.fit("Example of a change: Closing a walkway for more than 14 consecutive days; Level of"
        + " review: Detailed Review", fiveDays));
    assertTrue(Thresholds.fit("Example of change: Changing the day of a regular event, with at least 8 weeks' notice;"
        + " Level needed: None", fiveDays), "notice given is no span of the change");
    assertTrue(Thresholds.told("the closure is about 6 weeks away").isEmpty(), "when it starts is not how long it lasts");
  }
  @Test
  void a_bound_of_a_further_level_the_row_may_lead_to_is_no_bound_of_the_row() {
    Map<Unit, Double> drivers = Thresholds.told("moving 22 drivers onto a new shift pattern");
    assertTrue(Thresholds.fit("Type of change: New or changed shift patterns; What you need: Part A screening; Part B if"
        + " 40 or more staff are affected", drivers));
    assertFalse(Thresholds.fit("Type of change: New shift patterns for 40 or more staff; What you need: Part B", drivers));
  }
}
