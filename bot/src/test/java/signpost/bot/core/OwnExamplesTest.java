package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import signpost.knowledge.index.Acronym;
import signpost.rules.decision.Verdict;

/** How a row of an organisation's table of examples says what is needed, in the shapes such tables take. */
class OwnExamplesTest {

  @Test
  void one_column_asking_whether_one_is_needed_says_none_a_first_step_or_a_full_one() {
    assertEquals(Optional.of(Verdict.NOT_REQUIRED), OwnExamples.verdict(
        "Example: Buying stationery or office consumables; EQIA needed?: No"));
    assertEquals(Optional.of(Verdict.SCREENING), OwnExamples.verdict(
        "Example: Relocating a service to different premises; EQIA needed?: Screen first; Notes: Travel times."));
    assertEquals(Optional.of(Verdict.REQUIRED), OwnExamples.verdict(
        "Example: Closing or merging an inpatient ward; EQIA needed?: Yes – Full EQIA; Notes: Also needs Board approval."));
    assertEquals(Optional.of(Verdict.SCREENING), OwnExamples.verdict("Type of proposal: Changes to prevention services; "
        + "PIA needed?: Yes - screening, then a full PIA if the screening finds any potential impact"),
        "the screening comes first");
    assertEquals(Optional.of(Verdict.REQUIRED), OwnExamples.verdict(
        "Example: Moving a clinic to another site; What is needed: Stage 2 full assessment"));
    assertEquals(Optional.of(Verdict.REQUIRED), OwnExamples.verdict("Example proposal: Cost improvement programme scheme "
        + "affecting patient care; What is needed: QEIA, approved by the QEIA Panel"), "an assessment of its own kind, named");
    assertEquals(Optional.of(Verdict.REQUIRED), OwnExamples.verdict("Example: Changing eligibility criteria for a "
        + "commissioned service; EHIA needed?: Yes: stage 1 screening and stage 2 full EHIA; What to do: Treated as "
        + "having a likely impact."), "both stages named as needed");
  }

  @Test
  void a_column_for_each_stage_gives_the_furthest_stage_it_asks_for() {
    assertEquals(Optional.of(Verdict.SCREENING), OwnExamples.verdict("Proposal: Reducing the opening hours of a library; "
        + "Stage 1 relevance check?: Yes; Stage 2 full EIA?: Usually yes; Notes: Reduced access."));
    assertEquals(Optional.of(Verdict.REQUIRED), OwnExamples.verdict(
        "Proposal: Closing a library; Stage 1 relevance check?: Yes; Stage 2 full EIA?: Yes"));
    assertEquals(Optional.of(Verdict.NOT_REQUIRED), OwnExamples.verdict("Proposal: Replacing refuse vehicles with the same "
        + "model; Stage 1 relevance check?: No; Stage 2 full EIA?: No; Notes: Like-for-like replacement."));
  }

  @Test
  void a_level_column_says_what_is_needed_and_the_level_of_an_impact_does_not() {
    assertEquals(Optional.of(Verdict.NOT_REQUIRED), OwnExamples.verdict("Kind of change: Like-for-like repairs; Examples: "
        + "Replacing a broken bench with the same type in the same place; Level: No checklist needed"));
    assertEquals(Optional.of(Verdict.SCREENING), OwnExamples.verdict(
        "Kind of change: Market arrangements; Examples: Changing market days; Level: Checklist only"));
    assertEquals(Optional.empty(), OwnExamples.verdict("Characteristic: Age; Impact level: None; Evidence: Survey"));
    assertEquals(Optional.of(Verdict.NOT_REQUIRED), OwnExamples.verdict("Type of change: Like-for-like replacement; Examples:"
        + " Replacing broken benches with the same type; Level needed: Level 0 \u2013 No CIA needed"), "after the level's number");
    assertEquals(Optional.of(Verdict.SCREENING), OwnExamples.verdict("Type of change: Small grants; Examples: A new small"
        + " grants scheme; Level needed: Level 1 \u2013 Part A screening"));
  }

  @Test
  void what_a_kind_of_change_needs_is_read_by_the_organisations_names_for_its_stages() {
    AssessmentNames names = AssessmentNames.of(List.of(new Acronym("EST", "Equality Screening Tool"),
        new Acronym("FES", "Full Equality Statement")));
    assertEquals(Optional.of(Verdict.SCREENING), OwnExamples.verdict("Kind of change: New or changed signage in public"
        + " areas; What it needs: Equality Screening Tool; Notes: Ask the access group", names::spelledOut));
    assertEquals(Optional.of(Verdict.REQUIRED), OwnExamples.verdict("Kind of change: Closing a public counter; What it"
        + " needs: Full Equality Statement", names::spelledOut));
    assertEquals(Optional.of(Verdict.NOT_REQUIRED), OwnExamples.verdict("Kind of change: Renaming a team; What it needs:"
        + " No EST needed", names::spelledOut));
  }

  @Test
  void a_row_with_no_cell_asking_whether_one_is_needed_gives_none() {
    assertEquals(Optional.empty(), OwnExamples.verdict("Action: Publish the workforce data; Owner: Priya Raman; Due: March 2026"));
    assertEquals(Optional.empty(), OwnExamples.verdict("Recruiting to a vacant post on the same band is not needed."));
  }

  @Test
  void a_level_named_by_the_organisations_short_name_is_read_by_what_its_name_says() {
    AssessmentNames names = AssessmentNames.of(List.of(new Acronym("EDIS", "Equality and Diversity Impact Screen"),
        new Acronym("FEAR", "Full Equality Analysis Record")));
    assertEquals(Optional.of(Verdict.SCREENING), OwnExamples.verdict("Example of change: Changing approved premises house"
        + " rules (visiting times); Level needed: Level 1 - EDIS; Notes: Religious observance", names::spelledOut));
    assertEquals(Optional.of(Verdict.REQUIRED), OwnExamples.verdict("Example of change: Introducing reporting kiosks;"
        + " Level needed: Level 2 - FEAR; Notes: Digital exclusion", names::spelledOut));
    assertEquals(Optional.empty(), OwnExamples.verdict("Example of change: Introducing reporting kiosks; Level needed:"
        + " Level 2 - FEAR"), "unread without the names");
    // A header that names the assessment stays a header asking what is needed: "Level of EAIA".
    AssessmentNames eaia = AssessmentNames.of(List.of(new Acronym("EAIA", "Equality and Accessibility Impact Assessment")));
    assertEquals(Optional.of(Verdict.SCREENING), OwnExamples.verdict("Kind of change: Changing bus station opening times;"
        + " Level of EAIA: Screening EAIA", eaia::spelledOut));
    assertEquals(Optional.of(Verdict.SCREENING), OwnExamples.verdict("Kind of change: Cemetery office opening hours;"
        + " Level needed: Short check"));
  }

  @Test
  void a_rows_example_is_its_first_cell_after_any_reference() {
    assertEquals("Changing the phone line hours", OwnExamples.example(
        "Ref: E6; Example of change: Changing the phone line hours; What it needs: Pre-assessment check"));
    assertEquals("Closing a library", OwnExamples.example("Proposal: Closing a library; Stage 2 full EIA?: Yes"));
    assertEquals("Bus", OwnExamples.example("Service: Bus; Change: Fewer trips"), "a word is no reference");
  }

  @Test
  void an_example_lists_its_alternatives_and_a_bound_is_no_alternative() {
    assertEquals(List.of("Reducing opening hours by 10 hours a week or more at a branch", "at two or more branches"),
        OwnExamples.alternatives("Reducing opening hours by 10 hours a week or more at a branch, or at two or more branches"));
    assertEquals(List.of("Closing a ward", "reducing beds", "closing a service overnight"),
        OwnExamples.alternatives("Closing a ward, reducing beds, or closing a service overnight"));
    assertEquals(List.of("A closure of 2 weeks or less with a diversion"),
        OwnExamples.alternatives("A closure of 2 weeks or less with a diversion"));
  }

  @Test
  void a_detailed_review_is_a_full_one() {
    assertEquals(Optional.of(Verdict.REQUIRED), OwnExamples.verdict("Example of a change: Changes to the ferry timetable"
        + " that remove, move or reduce sailings; Level of review: Detailed Review; Notes: Always"));
    assertEquals(Optional.of(Verdict.SCREENING), OwnExamples.verdict("Example of a change: A one-off public event on port"
        + " land; Level of review: Initial Review"));
  }
}
