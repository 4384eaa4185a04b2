package signpost.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import signpost.knowledge.org.Organisation;
import signpost.knowledge.org.Service;
import signpost.rules.decision.Decision;
import signpost.rules.decision.Decision.Referral;
import signpost.rules.decision.Intent;
import signpost.rules.screening.ScreeningContext;
import signpost.rules.screening.Slot;

/** The rules of {@code support.drl}: someone reporting harm gets care, the people who help and urgent help. */
class SupportRulesTest {

  private static final RuleBase RULES = RuleBase.builtIn();
  private static final Organisation CAMBRIDGESHIRE = SharedOrganisations.load("cambridgeshire");

  @Test
  void harm_report_gets_care_urgent_help_and_the_four_needs_in_order() {
    Decision decision = RULES.decide(Situations.asked("I was harassed because I'm gay"));

    assertEquals(Intent.SUPPORT, decision.intent());
    assertTrue(decision.support());
    assertTrue(decision.urgentHelp());
    assertNull(decision.refusal());
    assertEquals(List.of(new Referral(null,
        List.of(Service.EDI_SIGNPOSTING, Service.WORKFORCE, Service.STAFF_NETWORK, Service.PEER_SUPPORT))),
        decision.referrals());
    assertEquals(List.of("OfferCareToSomeoneReportingHarm", "AnswerAsSupport", "PointToUrgentHelp",
        "SendHarmReportsToThoseWhoHelp", "FallBackToYourEdiTeamForAnUnmetNeed"), decision.rules());
  }

  @Test
  void cambridgeshire_harm_report_names_someone_for_every_need_before_filling_up() {
    Decision decision = RULES.decide(Situations.asked("I am being bullied by my manager because I am disabled", CAMBRIDGESHIRE));

    assertTrue(decision.support());
    assertTrue(decision.urgentHelp());
    // Respect@Work covers signposting and workforce, IDEAL the network and peer support; then the rest fill up.
    assertEquals(List.of(
        new Referral("respect-at-work-contacts", List.of(Service.EDI_SIGNPOSTING, Service.WORKFORCE)),
        new Referral("ideal", List.of(Service.STAFF_NETWORK, Service.PEER_SUPPORT)),
        new Referral("edi-contacts", List.of(Service.EDI_SIGNPOSTING)),
        new Referral("edi-team", List.of(Service.EDI_SIGNPOSTING)),
        new Referral("hr-services", List.of(Service.WORKFORCE))), decision.referrals());
    assertEquals(List.of("OfferCareToSomeoneReportingHarm", "AnswerAsSupport", "PointToUrgentHelp",
        "SendHarmReportsToThoseWhoHelp", "ReferToContactsServingTheNeed"), decision.rules());
  }

  @Test
  void harm_report_with_a_greeting_still_gets_care() {
    Decision decision = RULES.decide(Situations.asked("Hello, I am being bullied at work", CAMBRIDGESHIRE));

    assertTrue(decision.support());
    assertTrue(decision.urgentHelp());
    assertNull(decision.refusal());
  }

  @Test
  void question_that_reports_no_harm_gets_no_support_reply() {
    Decision decision = RULES.decide(Situations.asked("What staff networks are there?", CAMBRIDGESHIRE));

    assertFalse(decision.support());
    assertFalse(decision.urgentHelp());
    assertFalse(decision.rules().contains("OfferCareToSomeoneReportingHarm"), decision.rules()::toString);
  }

  @Test
  void a_change_put_forward_by_someone_telling_of_their_job_is_an_eqia_question_though_it_names_harm_service_users_meet() {
    Decision decision = RULES.decide(Situations.asked("Hi - I'm the commissioning manager for health visiting. We're"
        + " proposing to change the provider's specification so the development review is done at group clinic sessions"
        + " instead of as a home visit. The home visit is often when health visitors pick up postnatal depression and"
        + " domestic abuse. What level of assessment do I need?", CAMBRIDGESHIRE));
    Decision harmed = RULES.decide(Situations.asked("I'm being abused by a resident on my visits, what can I do?",
        CAMBRIDGESHIRE));

    assertFalse(decision.support(), decision.rules()::toString);
    assertNotNull(decision.eqia(), decision.rules()::toString);
    assertTrue(harmed.support(), harmed.rules()::toString);
  }

  @Test
  void a_screenings_record_naming_harm_the_people_served_meet_is_read_for_its_verdict_not_met_with_care() {
    // The record a screening keeps, read for its verdict: no question in it, only what the person told of the change.
    Decision record = RULES.decide(Situations.asked("I'm the commissioning manager for health visiting. We're proposing"
        + " to change the provider's specification so the review is done at group clinics instead of as a home visit."
        + " The home visit is often when health visitors pick up domestic abuse.", CAMBRIDGESHIRE)
        .within(new ScreeningContext(Set.of(Slot.ACTIVITY, Slot.AFFECTED))));

    assertFalse(record.support(), record.rules()::toString);
    assertNotNull(record.eqia(), record.rules()::toString);
  }

  @Test
  void asking_what_discrimination_means_is_a_definition_not_a_report_of_harm() {
    Decision decision = RULES.decide(Situations.asked("What is indirect discrimination?", CAMBRIDGESHIRE));

    assertFalse(decision.support());
    assertFalse(decision.urgentHelp());
    assertTrue(decision.rules().contains("AnswerAsDefinition"), decision.rules()::toString);
  }

  @Test
  void an_eqia_of_a_service_for_victims_of_abuse_is_an_eqia_question() {
    Decision decision = RULES.decide(Situations.asked("Do we need an EqIA for commissioning a domestic abuse service?", CAMBRIDGESHIRE));

    assertFalse(decision.support());
    assertEquals(Intent.EQIA, decision.intent());
    assertTrue(decision.rules().contains("RequireAnEqiaForProcurementOrCommissioning"), decision.rules()::toString);
  }

  @Test
  void someone_reporting_harm_at_derbyshire_is_also_sent_to_their_edi_team_for_the_needs_no_contact_serves() {
    Decision decision = RULES.decide(Situations.asked("My manager made racist comments about me, what can I do?",
        SharedOrganisations.load("derbyshire")));

    assertTrue(decision.support());
    assertEquals(List.of(new Referral(null, List.of(Service.EDI_SIGNPOSTING, Service.WORKFORCE)),
        new Referral("employee-networks", List.of(Service.STAFF_NETWORK, Service.PEER_SUPPORT))), decision.referrals());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "my supervisor keeps making comments about my accent in front of customers",
      "a colleague keeps misgendering me in meetings and laughs about it",
      "ever since I told my manager I was pregnant I've been left out of every project",
      "people in my team share sexist jokes in our group chat and say it's just banter",
      "a member of the public swore at me and called me a racist name at the front desk",
      "my adjustments keep getting ignored since I told my manager I'm dyslexic",
      "someone in the office keeps leaving nasty notes about me being gay on my desk",
      "my manager keeps making little digs about me fasting, it's getting to me",
      "a lad on my crew does an impression of my limp since I came back from my op, the others find it funny",
      "my team lead takes the mick out of my stammer in front of everyone",
      "theres a bloke in the mess room who keeps doing my accent and asking when im going back to romania. everyone laughs",
      "had a horrible time at the drop in last night, a man kept shouting about my hijab and telling me to go home",
      "a patient's son put his hand on my backside while I was cannulating his dad. what do I do now?"})
  void harm_told_in_everyday_words_gets_the_support_reply(String message) {
    Decision decision = RULES.decide(Situations.asked(message, CAMBRIDGESHIRE));

    assertEquals(Intent.SUPPORT, decision.intent(), decision.rules()::toString);
    assertTrue(decision.urgentHelp());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "what should our policy say about racist comments from customers?",
      "How do I make a reasonable adjustment for a dyslexic colleague?",
      "we're planning a campaign against homophobic bullying in schools",
      "my manager mentioned there's an action on hate crime reporting centres in the equality plan. who owns it?"})
  void questions_about_harm_that_tell_of_no_one_harmed_get_no_support_reply(String message) {
    Decision decision = RULES.decide(Situations.asked(message, CAMBRIDGESHIRE));

    assertFalse(decision.support(), decision.rules()::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I've recently been diagnosed with ADHD and I'm really struggling in the open plan office. Is there anything I can ask for?",
      "Just been diagnosed with ADHD and really struggling in the open plan office. can I get changes made at work? who do I speak to",
      "i've got ADHD and the open plan office is really hard for me to concentrate in, I dont have an official diagnosis yet",
      "I'm dyslexic and the new system has tiny text, what can I do",
      "got dyslexia and im moving from the travel shop to the contact centre next month. do i have to go through the"
          + " whole adjustments thing again with the new manager??",
      "i asked for a later start because my meds make me really drowsy in the mornings and my manager just said no",
      "newly diagnosed with dyspraxia (at 52!). there's a passport thing for adjustments - how does it work?"})
  void a_condition_of_the_askers_own_asks_what_they_can_have_not_whether_a_change_needs_an_eqia(String message) {
    Decision decision = RULES.decide(Situations.asked(message, CAMBRIDGESHIRE));

    assertTrue(decision.adjustments(), decision.rules()::toString);
    assertEquals(Intent.SUPPORT, decision.intent());
    assertNull(decision.eqia());
    assertNull(decision.refusal());
    // Care for what they told, but no "call 999": nothing harmed them.
    assertFalse(decision.support());
    assertFalse(decision.urgentHelp());
    assertEquals(List.of(Service.WORKFORCE, Service.WELLBEING),
        decision.referrals().stream().flatMap(r -> r.services().stream()).distinct().limit(2).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "one of my team has just been diagnosed with MS. does the law actually make me change things for her at work?",
      "We're closing the day centre for adults with autism - do we need an EqIA?",
      "My manager keeps mocking my dyslexia in front of everyone",
      "just been diagnosed autistic at 41 (!!). is there a staff network or anything for neurodivergent people here? who "
          + "runs it?",
      "one of my team has got dyslexia and is moving to the contact centre next month. do I have to do anything?",
      "we're cutting the support group for people newly diagnosed with dementia - do we need an EqIA?"})
  void a_condition_of_someone_else_a_proposal_or_harm_is_not_asked_as_the_askers_own_need(String message) {
    Decision decision = RULES.decide(Situations.asked(message, CAMBRIDGESHIRE));

    assertFalse(decision.adjustments(), decision.rules()::toString);
  }

  @Test
  void upset_the_asker_tells_of_in_someone_else_is_no_report_of_their_own_harm() {
    Decision resident = RULES.decide(Situations.asked("one lady on the assisted collections is in a wheelchair and was"
        + " really upset when the crew missed her. My manager says there's a review in the equality plan - who is"
        + " leading on that?", CAMBRIDGESHIRE));
    Decision own = RULES.decide(Situations.asked("my manager keeps making comments about my wheelchair and I'm really"
        + " upset", CAMBRIDGESHIRE));

    assertFalse(resident.support(), resident.rules()::toString);
    assertTrue(own.support(), own.rules()::toString);
  }
}
