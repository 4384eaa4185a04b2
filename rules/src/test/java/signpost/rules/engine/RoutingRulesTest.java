package signpost.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import signpost.knowledge.org.Organisation;
import signpost.knowledge.org.Service;
import signpost.rules.decision.Decision;
import signpost.rules.decision.Decision.Referral;

/** The rules of {@code routing.drl}: who a question is sent to, chosen by what each contact serves. */
class RoutingRulesTest {

  private static final RuleBase RULES = RuleBase.builtIn();
  private static final Organisation CAMBRIDGESHIRE = SharedOrganisations.load("cambridgeshire");
  private static final Organisation DERBYSHIRE = SharedOrganisations.load("derbyshire");
  private static final Organisation DERBY_CITY = SharedOrganisations.load("derby-city");

  private static final String EQIA_QUESTION = "Do I need an EqIA for cutting day-centre hours?";
  private static final List<Referral> YOUR_EDI_TEAM_FOR_EQIAS =
      List.of(new Referral(null, List.of(Service.EQIA_ADVICE, Service.EQIA_SIGN_OFF)));

  @Test
  void cambridgeshire_eqia_question_goes_to_the_eqia_super_users_only() {
    Decision decision = RULES.decide(Situations.asked(EQIA_QUESTION, CAMBRIDGESHIRE));

    assertEquals(List.of(new Referral("eqia-super-users", List.of(Service.EQIA_ADVICE, Service.EQIA_SIGN_OFF))),
        decision.referrals());
    assertTrue(decision.rules().containsAll(List.of("SendEqiaQuestionsToAdvisersAndSignOff", "ReferToContactsServingTheNeed")),
        decision.rules()::toString);
    assertFalse(decision.rules().stream().anyMatch(rule -> rule.startsWith("FallBack")), decision.rules()::toString);
  }

  @Test
  void question_from_an_unknown_organisation_goes_to_your_edi_team_with_the_services_needed() {
    Decision decision = RULES.decide(Situations.asked(EQIA_QUESTION));

    assertEquals(YOUR_EDI_TEAM_FOR_EQIAS, decision.referrals());
    assertTrue(decision.referrals().get(0).generic());
    assertTrue(decision.rules().contains("FallBackToYourEdiTeamForAnUnmetNeed"), decision.rules()::toString);
  }

  @Test
  void organisation_whose_file_has_no_contacts_gets_your_edi_team() {
    Decision decision = RULES.decide(Situations.asked(EQIA_QUESTION, DERBY_CITY));

    assertEquals(YOUR_EDI_TEAM_FOR_EQIAS, decision.referrals());
  }

  @Test
  void organisation_with_no_eqia_or_signposting_contact_gets_your_edi_team() {
    Decision decision = RULES.decide(Situations.asked(EQIA_QUESTION, DERBYSHIRE));

    assertEquals(YOUR_EDI_TEAM_FOR_EQIAS, decision.referrals());
  }

  @Test
  void need_nobody_serves_falls_back_to_the_edi_signposting_contacts() {
    Organisation withoutSuperUsers = SharedOrganisations.without(CAMBRIDGESHIRE, "eqia-super-users");

    Decision decision = RULES.decide(Situations.asked(EQIA_QUESTION, withoutSuperUsers));

    assertEquals(List.of(
        new Referral("edi-contacts", List.of(Service.EDI_SIGNPOSTING)),
        new Referral("edi-team", List.of(Service.EDI_SIGNPOSTING)),
        new Referral("respect-at-work-contacts", List.of(Service.EDI_SIGNPOSTING))), decision.referrals());
    assertTrue(decision.rules().contains("FallBackToEdiSignpostingForAnUnmetNeed"), decision.rules()::toString);
  }

  @Test
  void bare_request_for_a_contact_goes_to_the_edi_signposting_contacts_in_file_order() {
    Decision decision = RULES.decide(Situations.asked("Who do I contact?", CAMBRIDGESHIRE));

    assertEquals(List.of(
        new Referral("edi-contacts", List.of(Service.EDI_SIGNPOSTING)),
        new Referral("edi-team", List.of(Service.EDI_SIGNPOSTING)),
        new Referral("respect-at-work-contacts", List.of(Service.EDI_SIGNPOSTING))), decision.referrals());
    assertEquals(List.of("AnswerAsContact", "SendBareRequestsForAContactToSignposting", "ReferToContactsServingTheNeed"),
        decision.rules());
  }

  @Test
  void contact_question_on_a_topic_gets_only_that_topics_contacts() {
    Decision decision = RULES.decide(Situations.asked(
        "Who do I send someone to about a menopause support group?", CAMBRIDGESHIRE));

    assertEquals(List.of(
        new Referral("ideal", List.of(Service.STAFF_NETWORK, Service.PEER_SUPPORT)),
        new Referral("peer-support-groups", List.of(Service.PEER_SUPPORT))), decision.referrals());
    assertFalse(decision.rules().contains("SendBareRequestsForAContactToSignposting"), decision.rules()::toString);
  }

  @Test
  void contact_question_about_eqias_gets_only_the_eqia_super_users() {
    Decision decision = RULES.decide(Situations.asked("Who do I contact about an EqIA?", CAMBRIDGESHIRE));

    assertEquals(List.of(new Referral("eqia-super-users", List.of(Service.EQIA_ADVICE, Service.EQIA_SIGN_OFF))),
        decision.referrals());
  }

  @Test
  void action_plan_question_lists_at_most_five_contacts_covering_every_need_first() {
    Decision decision = RULES.decide(Situations.asked("Who owns the action plan?", CAMBRIDGESHIRE));

    // The Leadership Forum serves both needs, so it is named first; staffing-and-appeals would be sixth.
    assertEquals(List.of(
        new Referral("edi-leadership-forum", List.of(Service.ACTION_PLAN, Service.GOVERNANCE)),
        new Referral("hr-services", List.of(Service.ACTION_PLAN)),
        new Referral("edi-team", List.of(Service.GOVERNANCE)),
        new Referral("edi-working-group", List.of(Service.GOVERNANCE)),
        new Referral("csmi-committee", List.of(Service.GOVERNANCE))), decision.referrals());
  }

  @Test
  void derbyshire_action_plan_question_goes_to_the_edi_board_and_workstreams_first() {
    Decision decision = RULES.decide(Situations.asked("Who owns the action plan?", DERBYSHIRE));

    assertEquals(List.of(
        new Referral("edi-board", List.of(Service.ACTION_PLAN, Service.GOVERNANCE)),
        new Referral("edi-workstreams", List.of(Service.ACTION_PLAN)),
        new Referral("lead-cabinet-member", List.of(Service.GOVERNANCE)),
        new Referral("managing-director", List.of(Service.GOVERNANCE)),
        new Referral("corporate-management-team", List.of(Service.GOVERNANCE))), decision.referrals());
  }

  @Test
  void question_that_needs_no_one_is_sent_to_no_one() {
    Decision decision = RULES.decide(Situations.asked("What does the PSED mean for me?", CAMBRIDGESHIRE));

    assertEquals(List.of(), decision.referrals());
  }

  @Test
  void a_councillor_asking_about_objectives_is_also_sent_to_scrutiny() {
    Decision decision = RULES.decide(Situations.asked("As a councillor, how can I follow progress on our objectives?", CAMBRIDGESHIRE));

    assertTrue(decision.referrals().stream().anyMatch(r -> r.services().contains(Service.SCRUTINY)), decision.referrals()::toString);
    assertTrue(decision.rules().contains("SendCouncillorsToScrutiny"), decision.rules()::toString);
  }

  @Test
  void an_edi_contact_signposting_a_colleague_gets_networks_and_wellbeing_too() {
    Decision decision = RULES.decide(Situations.asked("I'm an EDI contact: who can I signpost a colleague to?", CAMBRIDGESHIRE));

    List<String> named = decision.referrals().stream().map(Referral::contactId).toList();
    assertTrue(named.containsAll(List.of("ideal", "mental-health-first-aiders")), named::toString);
  }
}
