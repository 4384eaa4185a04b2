package signpost.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import signpost.knowledge.org.Nation;
import signpost.knowledge.org.Organisation;
import signpost.rules.decision.Decision;
import signpost.rules.decision.EqiaVerdict;
import signpost.rules.decision.Verdict;
import signpost.rules.facts.LocalDutyAdopted;
import signpost.rules.facts.OwnExample;
import signpost.rules.screening.ScreeningContext;

/**
 * The rules of {@code eqia.drl}: what a verdict asks, considers, engages and advises. Which trigger fires for
 * which change is in {@link EqiaScenariosTest}.
 */
class EqiaRulesTest {

  private static final RuleBase RULES = RuleBase.builtIn();
  private static final Organisation CAMBRIDGESHIRE = SharedOrganisations.load("cambridgeshire");
  private static final Organisation DERBYSHIRE = SharedOrganisations.load("derbyshire");

  private static final String WHAT_IS_CHANGING = "What is changing: a new or revised policy or service, a reduction "
      + "or closure, a saving, a charge, a procurement or a restructure?";
  private static final String WHO_IS_AFFECTED = "Who does it affect: residents, service users or staff, and roughly how many?";

  private static final String ALL_NINE = "all nine protected characteristics: age, disability, gender reassignment, "
      + "marriage and civil partnership (for the first aim only), pregnancy and maternity, race, religion or belief, sex and "
      + "sexual orientation";
  private static final String THE_OTHERS = "the other protected characteristics where evidence shows an effect";
  private static final String SOCIO_ECONOMIC_ADOPTED = "socio-economic disadvantage (a duty your organisation adopted)";
  private static final String SOCIO_ECONOMIC_IN_WALES = "socio-economic disadvantage (the socio-economic duty "
      + "applies to strategic decisions in Wales and Scotland)";

  private static final String ELIMINATE = "eliminate discrimination, harassment and victimisation: check the proposal "
      + "treats no one less favourably and puts no group at a particular disadvantage";
  private static final String ADVANCE = "advance equality of opportunity: consider how it could remove or reduce "
      + "disadvantages and meet different needs";
  private static final String FOSTER = "foster good relations between people who share a characteristic and those who "
      + "do not: consider how it affects understanding and relations between communities";

  private static final String ASSESS_FIRST = "Do the EqIA before the decision is made, while it can still shape the "
      + "proposal, and give its findings to whoever decides.";
  private static final String GATHER_EVIDENCE = "Gather evidence (service data, complaints, engagement) and talk to the people affected.";
  private static final String SCREEN = "Complete a screening and record why a full EqIA is or is not needed; if it "
      + "finds a possible impact, do the full assessment before the decision.";
  private static final String KEEP_A_NOTE = "Keep a short note of why there is no effect on people, in case the "
      + "decision is questioned later.";
  private static final String TENDER_STEP = "Start at the strategy and specification stage, before going out to "
      + "tender, and write the equality requirements into the specification and contract.";
  private static final String RESTRUCTURE_STEP = "Assess before consulting staff on the proposals, and check the "
      + "selection pool and criteria for disproportionate impact.";

  private static final String NOT_ENOUGH_SAID = "The question does not say enough to decide. A short screening "
      + "records whether the proposal could affect people differently and whether a full EqIA is needed.";
  private static final String REDUCING = "Reducing, closing or stopping a service takes something away from the "
      + "people who use it, and those who rely on it most often share protected characteristics (for example older "
      + "or disabled people).";
  private static final String SAVING = "Budget proposals that change, reduce or remove a service need an assessment: "
      + "decision-makers must see the equality impact, including the cumulative impact of several savings, before "
      + "agreeing them.";
  private static final String DECIDED_ALREADY = "Due regard must come before a decision: an assessment written "
      + "afterwards to justify it does not meet the duty. Ask your EqIA advisers whether the decision should be "
      + "reviewed with an assessment now.";

  private static final String BUS_SAVING = "We're proposing to stop a bus subsidy to save money. Do we need an EqIA?";

  @Test
  void question_that_says_nothing_gets_a_screening_and_asks_what_is_changing_and_who_it_affects() {
    EqiaVerdict eqia = verdict("Do I need an EqIA?", null);

    assertEquals(Verdict.SCREENING, eqia.verdict());
    assertEquals(List.of(NOT_ENOUGH_SAID), eqia.reasons());
    assertEquals(List.of(WHAT_IS_CHANGING, WHO_IS_AFFECTED), eqia.openQuestions());
    assertEquals(List.of(SCREEN), eqia.nextSteps());
  }

  @Test
  void question_that_names_the_change_but_not_who_asks_only_who_it_affects() {
    assertEquals(List.of(WHO_IS_AFFECTED), verdict("Do we need an EqIA for our budget saving proposals?", null).openQuestions());
  }

  @Test
  void question_that_names_who_but_not_the_change_asks_only_what_is_changing() {
    assertEquals(List.of(WHAT_IS_CHANGING),
        verdict("Does the staff survey results report to the committee need an EqIA?", null).openQuestions());
  }

  @Test
  void question_that_names_the_change_and_who_asks_nothing_more() {
    assertEquals(List.of(), verdict("Do we need an EqIA for closing the library?", null).openQuestions());
  }

  @Test
  void cambridgeshire_considers_the_named_characteristic_then_the_others_then_its_own_groups_then_socio_economic() {
    EqiaVerdict eqia = verdict("Do we need an EqIA for reducing the bus routes that wheelchair users rely on?", CAMBRIDGESHIRE);

    assertEquals(List.of(
        "disability",
        THE_OTHERS,
        "locally protected: care experience",
        "your priority groups: poverty, rural isolation, care experienced people",
        SOCIO_ECONOMIC_ADOPTED), eqia.consider());
  }

  @Test
  void every_characteristic_the_proposal_points_to_comes_before_the_others() {
    EqiaVerdict eqia = verdict("Do we need an EqIA for reducing the bus routes older people and wheelchair users rely on?", null);

    // Both come first; their order between themselves follows QuestionFeatures' unordered sets, so it varies by run.
    assertEquals(Set.of("age", "disability"),
        Set.copyOf(eqia.consider().subList(0, 2)));
    assertEquals(List.of(THE_OTHERS), eqia.consider().subList(2, eqia.consider().size()));
  }

  @Test
  void derbyshire_considers_the_nine_characteristics_only() {
    assertEquals(List.of(ALL_NINE), verdict(BUS_SAVING, DERBYSHIRE).consider());
  }

  @Test
  void organisation_in_wales_considers_socio_economic_disadvantage_in_strategic_decisions() {
    Organisation inWales = SharedOrganisations.inNation(DERBYSHIRE, Nation.WALES);

    assertEquals(List.of(ALL_NINE, SOCIO_ECONOMIC_IN_WALES), verdict(BUS_SAVING, inWales).consider());
  }

  @Test
  void change_that_needs_no_assessment_considers_no_group_engages_no_aim_and_keeps_a_note() {
    EqiaVerdict eqia = verdict(
        "Do we need an EqIA for fixing a typo in the wheelchair access leaflet?", CAMBRIDGESHIRE);

    assertEquals(Verdict.NOT_REQUIRED, eqia.verdict());
    assertEquals(List.of(), eqia.consider());
    assertEquals(List.of(), eqia.aims());
    assertEquals(List.of(KEEP_A_NOTE), eqia.nextSteps());
  }

  @Test
  void change_affecting_residents_engages_all_three_aims_in_the_order_of_the_act() {
    assertEquals(List.of(ELIMINATE, ADVANCE, FOSTER), verdict("Do we need an EqIA for closing the library?", null).aims());
  }

  @Test
  void change_affecting_staff_only_engages_the_first_two_aims() {
    assertEquals(List.of(ELIMINATE, ADVANCE),
        verdict("Is an EqIA needed for restructuring the business support team?", null).aims());
  }

  @Test
  void communication_engages_good_relations_even_when_no_one_is_named() {
    assertEquals(List.of(ELIMINATE, ADVANCE, FOSTER),
        verdict("Do we need an EqIA for a communications campaign about recycling?", null).aims());
  }

  @Test
  void required_assessment_is_done_before_the_decision_with_evidence() {
    assertEquals(List.of(ASSESS_FIRST, GATHER_EVIDENCE), verdict("Do we need an EqIA for closing the library?", null).nextSteps());
  }

  @Test
  void trigger_steps_come_first_in_table_order_then_the_general_steps() {
    EqiaVerdict eqia = verdict("Do we need an EqIA for outsourcing the cleaning service, which means redundancies?", null);

    assertEquals(List.of(TENDER_STEP, RESTRUCTURE_STEP, ASSESS_FIRST, GATHER_EVIDENCE), eqia.nextSteps());
  }

  @Test
  void several_required_triggers_each_give_their_reason_in_table_order() {
    assertEquals(List.of(REDUCING, SAVING), verdict(BUS_SAVING, null).reasons());
  }

  @Test
  void strongest_verdict_keeps_only_its_own_reasons_and_steps() {
    Decision decision = RULES.decide(Situations.asked(
        "Do we need an EqIA for the newsletter announcing the closure of the day centre?"));

    assertEquals(Verdict.REQUIRED, decision.eqia().verdict());
    assertEquals(List.of(REDUCING), decision.eqia().reasons());
    assertEquals(List.of(ASSESS_FIRST, GATHER_EVIDENCE), decision.eqia().nextSteps());
    assertFalse(decision.rules().contains("RecordTheScreening"), decision.rules()::toString);
  }

  @Test
  void decision_already_taken_is_a_caveat_of_the_verdict_only() {
    Decision decision = RULES.decide(Situations.asked(
        "The cabinet has already decided to close the day centre - do we still need an EqIA?"));

    assertEquals(List.of(DECIDED_ALREADY), decision.eqia().caveats());
    assertEquals(List.of(), decision.caveats());
  }

  @Test
  void a_changed_test_that_applicants_must_pass_changes_who_can_be_appointed_so_it_needs_an_eqia() {
    EqiaVerdict eqia = verdict("HR plan to replace the entry fitness test for new drivers with a longer physical test."
        + " Does it need looking at for equality?", null);

    assertEquals(Verdict.REQUIRED, eqia.verdict(), eqia::toString);
  }

  @Test
  void an_exam_replaced_or_who_a_service_is_for_changed_needs_an_eqia() {
    assertEquals(Verdict.REQUIRED, verdict("Learning and development are dropping the written exam for team leader"
        + " promotion and replacing it with a presentation. Anything we need to do for equality?", null).verdict());
    assertEquals(Verdict.REQUIRED, verdict("From May the housing team want to change who gets a home safety check,"
        + " so tenants over 80 first. Do we need to do an assessment?", null).verdict());
  }

  @Test
  void a_crew_taken_off_the_run_with_another_covering_the_area_is_a_service_reduced() {
    EqiaVerdict eqia = verdict("We want to take the Millbrook ambulance crew off the run at weekends and let Eastgate cover"
        + " the area. What do we need to do for equality?", null);

    assertEquals(Verdict.REQUIRED, eqia.verdict(), eqia::toString);
  }

  @Test
  void a_reports_new_layout_with_the_same_data_is_cosmetic_but_a_report_put_forward_is_screened() {
    assertEquals(Verdict.NOT_REQUIRED, verdict("We're changing the layout of the monthly performance report that goes to"
        + " the management team - new template, exactly the same data. Do I need an EqIA?", null).verdict());
    assertEquals(Verdict.SCREENING, verdict("Our monthly performance report goes to committee next week. Do I need an"
        + " EqIA?", null).verdict());
  }

  @Test
  void a_charge_raised_only_with_inflation_is_screened_but_a_new_charge_needs_an_eqia() {
    assertEquals(Verdict.SCREENING, verdict("putting pest control charges up 5% from april in line with inflation, do i"
        + " need the full equality assessment thing or not", null).verdict());
    assertEquals(Verdict.REQUIRED, verdict("we're bringing in a charge for pest control from April, do I need an EqIA?",
        null).verdict());
  }

  @Test
  void colleagues_swapping_shifts_between_them_change_nothing_for_anyone_else() {
    EqiaVerdict eqia = verdict("Two of us want to swap our early shifts (Mon for Wed) on the rota for a month. My manager"
        + " wonders if that needs an equality assessment?", null);

    assertEquals(Verdict.NOT_REQUIRED, eqia.verdict(), eqia::toString);
    assertEquals(Verdict.REQUIRED, verdict("We're changing the shift pattern for the whole call centre to 12-hour"
        + " shifts. Do we need an equality assessment?", null).verdict(), "a change to everyone's shifts still needs one");
  }

  @Test
  void the_organisations_own_example_raises_a_screening_to_a_full_assessment() {
    EqiaVerdict eqia = withExample("Do we need an EqIA for changing the ward's visiting times?", Verdict.REQUIRED);

    assertEquals(Verdict.REQUIRED, eqia.verdict());
    assertTrue(eqia.reasons().stream().anyMatch(r -> r.startsWith("Your organisation's own guidance lists")), eqia::toString);
  }

  @Test
  void the_organisations_own_example_that_none_is_needed_sets_aside_a_screening_of_a_like_for_like_change() {
    String question = "do we need an EqIA for recruiting to a vacant post, same band and same job description?";
    assertEquals(Verdict.NOT_REQUIRED, withExample(question, Verdict.NOT_REQUIRED).verdict());
    assertEquals(Verdict.NOT_REQUIRED, withExample("Do I need an EqIA for this?", Verdict.NOT_REQUIRED).verdict(),
        "with no trigger at all, the organisation's word stands");
  }

  @Test
  void the_organisations_own_example_that_none_is_needed_sets_aside_the_screening_of_a_report_to_note() {
    String report = "We're taking the Q2 performance report to Cabinet next month - it just asks members to note"
        + " progress, there's no decision in it. Do we need an EqIA for it?";
    assertEquals(Verdict.SCREENING, verdict(report, null).verdict(), "the triggers alone screen a report");
    assertEquals(Verdict.NOT_REQUIRED, withExample(report, Verdict.NOT_REQUIRED).verdict());
    String uprating = "every April we put the care charges up in line with the DWP benefit uprating, same method as"
        + " always. is a full CIA actually needed??";
    assertEquals(Verdict.SCREENING, verdict(uprating, null).verdict(), "the triggers alone screen an uprating");
    assertEquals(Verdict.NOT_REQUIRED, withExample(uprating, Verdict.NOT_REQUIRED).verdict());
  }

  @Test
  void the_organisations_own_example_that_screens_raises_a_like_for_like_no_to_a_screening() {
    String grants = "I run the small grants - exactly the same criteria and application form as last year. Do I need to"
        + " do a full EqIA every year?";
    assertEquals(Verdict.NOT_REQUIRED, verdict(grants, null).verdict(), "like for like to the triggers alone");
    EqiaVerdict screened = withExample(grants, Verdict.SCREENING);
    assertEquals(Verdict.SCREENING, screened.verdict());
    assertTrue(screened.reasons().stream().anyMatch(r -> r.startsWith("Your organisation's own guidance lists")),
        screened::toString);
  }

  @Test
  void the_organisations_own_example_never_rules_out_an_assessment_the_triggers_require_nor_one_under_way() {
    assertEquals(Verdict.REQUIRED, withExample("Do we need an EqIA for closing the library?", Verdict.NOT_REQUIRED).verdict());
    assertEquals(Verdict.SCREENING, withExample("Do we need an EqIA for changing how we recruit?", Verdict.NOT_REQUIRED)
        .verdict(), "a change found to touch people, with no like-for-like word, keeps its screening");
    Situation underWay = Situations.asked("Do I need an EqIA for this?", null)
        .withOwnExample(new OwnExample(Verdict.NOT_REQUIRED, "policy")).within(new ScreeningContext(Set.of()));
    assertEquals(Verdict.SCREENING, RULES.decide(underWay).eqia().verdict());
  }

  @Test
  void the_organisations_own_example_like_the_proposal_in_its_words_screens_first_where_a_trigger_requires() {
    String merge = "we're merging two small teams in revenues, 14 posts altogether. do we need an EqIA?";
    assertEquals(Verdict.REQUIRED, verdict(merge, null).verdict(), "a restructure, to the triggers alone");
    Situation alike = Situations.asked(merge, null).withOwnExample(new OwnExample(Verdict.SCREENING, "guidance", true));
    var decision = RULES.decide(alike);
    assertEquals(Verdict.SCREENING, decision.eqia().verdict());
    assertTrue(decision.rules().contains("SetAsideAFullAssessmentWhereTheOrganisationsOwnExampleScreensFirst"),
        decision.rules()::toString);
    // An example of the same kind only, not like it in its words, does not lower what the triggers require.
    assertEquals(Verdict.REQUIRED, withExample(merge, Verdict.SCREENING).verdict());
    // An example found by a kind or a word or two raises no like-for-like change; one like it in its words does.
    String couch = "the x-ray couch is being replaced by the same model in the same room, nothing changes for patients."
        + " do we need an EqIA?";
    assertEquals(Verdict.NOT_REQUIRED, withExample(couch, Verdict.REQUIRED).verdict());
    assertEquals(Verdict.REQUIRED, RULES.decide(Situations.asked(couch, null)
        .withOwnExample(new OwnExample(Verdict.REQUIRED, "guidance", true))).eqia().verdict());
    // Nor one like it once the manager has told of a disadvantage.
    Situation disadvantage = Situations.asked(merge, null)
        .withOwnExample(new OwnExample(Verdict.SCREENING, "guidance", true))
        .within(new ScreeningContext(Set.of(), null, List.of("sex")));
    assertEquals(Verdict.REQUIRED, RULES.decide(disadvantage).eqia().verdict());
  }

  @Test
  void the_organisations_thresholds_holding_the_proposals_figure_under_the_line_need_none_where_a_trigger_requires() {
    String fee = "the motorcycle test fee is going up by 2.5% in the next round. is there anything equality-wise we need"
        + " to do?";
    assertEquals(Verdict.REQUIRED, verdict(fee, null).verdict(), "a charge changed, to the triggers alone");
    var decision = RULES.decide(Situations.asked(fee, null)
        .withOwnExample(new OwnExample(Verdict.NOT_REQUIRED, "toolkit", true, true)));
    assertEquals(Verdict.NOT_REQUIRED, decision.eqia().verdict(), decision.rules()::toString);
    assertTrue(decision.rules().contains("SetAsideAnAssessmentWhereTheOrganisationsThresholdsPutTheProposalUnderTheLine"),
        decision.rules()::toString);
    // A row like it that holds none of its figures leaves the trigger's word standing.
    assertEquals(Verdict.REQUIRED, RULES.decide(Situations.asked(fee, null)
        .withOwnExample(new OwnExample(Verdict.NOT_REQUIRED, "toolkit", true, false))).eqia().verdict());
    // Nor once the manager has told of a disadvantage.
    assertEquals(Verdict.REQUIRED, RULES.decide(Situations.asked(fee, null)
        .withOwnExample(new OwnExample(Verdict.NOT_REQUIRED, "toolkit", true, true))
        .within(new ScreeningContext(Set.of(), null, List.of("disability")))).eqia().verdict());
  }

  @Test
  void the_organisations_own_example_like_a_like_for_like_change_in_its_words_needs_none_where_a_trigger_requires() {
    String uniform = "we're swapping the uniform shop from september, exact same jumpers and ties, same prices, just a"
        + " different supplier. do we need an EqIA?";
    assertEquals(Verdict.REQUIRED, verdict(uniform, null).verdict(), "a uniform, to the triggers alone, is a dress code");
    var decision = RULES.decide(Situations.asked(uniform, null)
        .withOwnExample(new OwnExample(Verdict.NOT_REQUIRED, "guidance", true)));
    assertEquals(Verdict.NOT_REQUIRED, decision.eqia().verdict(), decision.rules()::toString);
    // An example of the same kind only, not like it in its words, does not rule out what the triggers require.
    assertEquals(Verdict.REQUIRED, withExample(uniform, Verdict.NOT_REQUIRED).verdict());
    // Nor one like it in its words for a change that is not like for like.
    assertEquals(Verdict.REQUIRED, RULES.decide(Situations.asked("we're bringing in a new uniform with a compulsory"
        + " blazer. do we need an EqIA?", null).withOwnExample(new OwnExample(Verdict.NOT_REQUIRED, "guidance", true)))
        .eqia().verdict());
  }

  @Test
  void within_a_screening_the_organisations_own_example_like_the_proposal_that_none_is_needed_concludes_it() {
    String logs = "we're changing how the team logs requests, from e-mail to a form in the database";
    Situation alike = Situations.asked(logs, null)
        .withOwnExample(new OwnExample(Verdict.NOT_REQUIRED, "guidance", true)).within(new ScreeningContext(Set.of()));
    assertEquals(Verdict.NOT_REQUIRED, RULES.decide(alike).eqia().verdict());
    Situation ofItsKind = Situations.asked(logs, null)
        .withOwnExample(new OwnExample(Verdict.NOT_REQUIRED, "guidance")).within(new ScreeningContext(Set.of()));
    assertEquals(Verdict.SCREENING, RULES.decide(ofItsKind).eqia().verdict());
  }

  @Test
  void the_organisations_own_example_like_the_proposal_that_none_is_needed_sets_aside_a_general_screening() {
    String event = "we're running a one-day networking event for artists in july, venue booked. do I need an EqIA?";
    assertEquals(Verdict.SCREENING, verdict(event, null).verdict(), "an event, to the triggers alone, is screened");
    var decision = RULES.decide(Situations.asked(event, null)
        .withOwnExample(new OwnExample(Verdict.NOT_REQUIRED, "guidance", true)));
    assertEquals(Verdict.NOT_REQUIRED, decision.eqia().verdict(), decision.rules()::toString);
    // Of the same kind only, not like it: the screening stands.
    assertEquals(Verdict.SCREENING, withExample(event, Verdict.NOT_REQUIRED).verdict());
  }

  @Test
  void a_socio_economic_duty_the_organisations_documents_tell_of_is_considered_as_one_its_file_states() {
    String charge = "we want to bring in a charge for the carers' sitting service, do we need an EqIA?";
    assertFalse(verdict(charge, null).consider().stream().anyMatch(c -> c.startsWith("socio-economic")));
    EqiaVerdict told = RULES.decide(Situations.asked(charge, null)
        .withDocumentedDuties(List.of(new LocalDutyAdopted("socio-economic-duty", null)))).eqia();
    assertEquals(1, told.consider().stream().filter(c -> c.startsWith("socio-economic disadvantage")).count(),
        told.consider()::toString);
  }

  @Test
  void a_screening_that_finds_a_disadvantage_to_a_protected_characteristic_requires_a_full_eqia() {
    String change = "we'll require a full manual driving licence at the point of application instead of by the end of training";
    Situation told = Situations.asked(change, null)
        .within(new ScreeningContext(Set.of(), null, List.of("age", "disability")));
    EqiaVerdict found = RULES.decide(told).eqia();
    assertEquals(Verdict.REQUIRED, found.verdict());
    assertTrue(found.reasons().stream().anyMatch(r -> r.contains("because of their age and disability")), found.reasons().toString());

    Situation notYet = Situations.asked(change, null).within(new ScreeningContext(Set.of()));
    assertEquals(Verdict.SCREENING, RULES.decide(notYet).eqia().verdict(), "nothing told of a disadvantage yet");
  }

  @Test
  void a_disadvantage_told_in_a_screening_of_what_first_read_as_like_for_like_requires_a_full_eqia() {
    String machines = "replacing the 4 ticket machines at the bus station, in the same place as the old ones, same design";
    assertEquals(Verdict.NOT_REQUIRED, RULES.decide(Situations.asked(machines, null)
        .within(new ScreeningContext(Set.of()))).eqia().verdict(), "like for like, with nothing told of a disadvantage");
    EqiaVerdict told = RULES.decide(Situations.asked(machines, null)
        .within(new ScreeningContext(Set.of(), null, List.of("disability", "age")))).eqia();
    assertEquals(Verdict.REQUIRED, told.verdict(), told.reasons()::toString);
  }

  private static EqiaVerdict withExample(String question, Verdict example) {
    return RULES.decide(Situations.asked(question, null).withOwnExample(new OwnExample(example, "policy"))).eqia();
  }

  private static EqiaVerdict verdict(String question, Organisation organisation) {
    return RULES.decide(Situations.asked(question, organisation)).eqia();
  }
}
