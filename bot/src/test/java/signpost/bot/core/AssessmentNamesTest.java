package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import signpost.knowledge.index.Acronym;

class AssessmentNamesTest {

  private static final AssessmentNames NAMES = AssessmentNames.of(List.of(
      new Acronym("EINA", "Equality Impact and Needs Assessment"),
      new Acronym("EHIA", "Equality and Health Inequalities Impact Assessment"),
      new Acronym("PIA", "People Impact Assessment"),
      new Acronym("QIA", "Quality Impact Assessment"),
      new Acronym("QEIA", "Quality and Equality Impact Assessment"),
      new Acronym("DPIA", "Data Protection Impact Assessment"),
      new Acronym("EqIA", "Equality Impact Assessment"),
      new Acronym("CMT", "Corporate Management Team")));

  @Test
  void an_organisations_own_names_for_an_assessment_of_equality_impact_are_learned_and_no_other_assessment() {
    // A quality assessment is not one; a quality and equality assessment is.
    assertEquals(List.of("EINA", "EHIA", "PIA", "QEIA"), NAMES.names().stream().map(Acronym::shortForm).toList());
  }

  @Test
  void an_assessment_of_equality_or_of_due_regard_by_another_name_is_learned_and_a_relevance_test_is_a_first_stage() {
    AssessmentNames names = AssessmentNames.of(List.of(
        new Acronym("EDRA", "Equality and Due Regard Assessment"),
        new Acronym("ERA", "Environmental Risk Assessment"),
        new Acronym("SNA", "Skills Needs Assessment")));
    assertEquals(List.of("EDRA"), names.names().stream().map(Acronym::shortForm).toList());
    assertEquals("do we need an EqIA?", names.asEqia("do we need an edra?"));
    assertTrue(AssessmentNames.FIRST_STAGE.matcher("What you need: Relevance Test first").find());
  }

  @Test
  void a_review_of_equality_impact_and_an_assessment_of_impact_on_customers_are_learned() {
    AssessmentNames names = AssessmentNames.of(List.of(
        new Acronym("EIR", "Equality Impact Review"),
        new Acronym("CIA", "Customer Impact Assessment"),
        new Acronym("CDR", "Customer Data Review"),
        new Acronym("SIR", "Safety Impact Review")));
    assertEquals(List.of("EIR", "CIA"), names.names().stream().map(Acronym::shortForm).toList());
    assertTrue(names.about("Level of review: Stage 1 Initial Review; see the EIR form"));
  }

  @Test
  void a_checklist_or_quick_check_of_equality_impact_is_learned_as_a_first_stage() {
    AssessmentNames names = AssessmentNames.of(List.of(
        new Acronym("EIC", "Equality Impact Checklist"),
        new Acronym("QEC", "Quick Equality Check"),
        new Acronym("HSC", "Health and Safety Checklist")));
    assertEquals(List.of("EIC", "QEC"), names.names().stream().map(Acronym::shortForm).toList());
    assertTrue(AssessmentNames.FIRST_STAGE.matcher("Level: Checklist only").find());
    assertTrue(AssessmentNames.FIRST_STAGE.matcher("What you need: a Quick Equality Check").find());
  }

  @Test
  void a_screening_tool_and_a_full_statement_of_equality_are_learned_and_a_yearly_statement_is_not() {
    AssessmentNames names = AssessmentNames.of(List.of(
        new Acronym("EST", "Equality Screening Tool"),
        new Acronym("FES", "Full Equality Statement"),
        new Acronym("AES", "Annual Equality Statement"),
        new Acronym("RST", "Risk Screening Tool")));
    assertEquals(List.of("EST", "FES"), names.names().stream().map(Acronym::shortForm).toList());
    assertEquals("does it need an EqIA?", names.asEqia("does it need an EST?"));
  }

  @Test
  void a_quick_assessment_is_a_first_stage() {
    assertTrue(AssessmentNames.FIRST_STAGE.matcher("Level needed: Quick assessment").find());
    assertTrue(AssessmentNames.FIRST_STAGE.matcher("What it needs: Quick review").find());
    assertTrue(AssessmentNames.FIRST_STAGE.matcher("What it needs: Pre-assessment check").find());
    assertFalse(AssessmentNames.FIRST_STAGE.matcher("What it needs: Full review").find());
  }

  @Test
  void a_long_name_said_by_its_first_and_last_words_is_the_assessment_not_a_change_to_review() {
    AssessmentNames names = AssessmentNames.of(List.of(new Acronym("EAIR", "Equality and Access Impact Review"),
        new Acronym("QEIA", "Quality and Equality Impact Assessment"),
        new Acronym("DPIA", "Data Protection Impact Assessment")));

    assertEquals("would that need one of those EqIA things?",
        names.asEqia("would that need one of those equality review things?"));
    assertEquals("the full EqIA", names.asEqia("the full impact review"));
    assertEquals("a quality assessment of the ward", names.asEqia("a quality assessment of the ward"),
        "a quality assessment is not the equality one");
    assertEquals("a data protection impact assessment", names.asEqia("a data protection impact assessment"));
  }

  @Test
  void the_rules_read_an_organisations_own_name_as_eqia_in_either_form_and_any_case() {
    assertEquals("EqIA q", NAMES.asEqia("eina q"));
    assertEquals("do we need an EqIA for the clinic move?",
        NAMES.asEqia("do we need an Equality and Health Inequalities Impact Assessment for the clinic move?"));
    assertEquals("two EqIA and a QIA", NAMES.asEqia("two PIAs and a QIA"));
    assertEquals("the reinarrangement", NAMES.asEqia("the reinarrangement"), "only whole words");
  }

  @Test
  void a_passage_is_about_assessments_when_it_names_one_by_an_organisations_own_name() {
    assertTrue(NAMES.named("Every EINA, initial or full, is checked by the Policy and Performance Officer."));
    assertFalse(NAMES.named("Every QIA is checked by the Director of Nursing."));
  }

  @Test
  void a_passage_is_about_assessments_by_the_names_every_organisation_uses_or_its_own() {
    assertTrue(NAMES.about("Every Equality Impact Assessment is signed off by the Director."));
    assertTrue(NAMES.about("Send your EqIAs to the team."));
    assertTrue(NAMES.about("Complete an equality analysis first."));
    assertTrue(NAMES.about("The full EINA is checked by the Policy Officer."));
    assertFalse(NAMES.about("The staff survey runs every year and the network meets monthly."));
  }

  @Test
  void a_screen_of_equality_impact_is_learned_and_its_short_names_spelled_out_say_what_each_stage_is() {
    AssessmentNames names = AssessmentNames.of(List.of(
        new Acronym("EDIS", "Equality and Diversity Impact Screen"),
        new Acronym("FEAR", "Full Equality Analysis Record"),
        new Acronym("ESS", "Environmental Sustainability Screen")));
    assertEquals(List.of("EDIS", "FEAR"), names.names().stream().map(Acronym::shortForm).toList());
    assertEquals("Level 1 - Equality and Diversity Impact Screen; a Full Equality Analysis Record follows",
        names.spelledOut("Level 1 - EDIS; a FEAR follows"));
    assertTrue(AssessmentNames.FIRST_STAGE.matcher("Level needed: Short check").find());
  }
}
