package signpost.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import signpost.knowledge.org.Organisation;
import signpost.knowledge.org.Service;
import signpost.rules.decision.Decision;
import signpost.rules.decision.Decision.Referral;
import signpost.rules.decision.Intent;

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
    assertEquals(List.of("AnswerAsSupport", "OfferCareToSomeoneReportingHarm", "PointToUrgentHelp",
        "SendHarmReportsToThoseWhoHelp", "FallBackToYourEdiTeam"), decision.rules());
  }

  @Test
  void cambridgeshire_harm_report_goes_to_signposting_first_then_workforce_contacts() {
    Decision decision = RULES.decide(Situations.asked("I am being bullied by my manager because I am disabled", CAMBRIDGESHIRE));

    assertTrue(decision.support());
    assertTrue(decision.urgentHelp());
    assertEquals(List.of(
        new Referral("edi-contacts", List.of(Service.EDI_SIGNPOSTING)),
        new Referral("edi-team", List.of(Service.EDI_SIGNPOSTING)),
        new Referral("respect-at-work-contacts", List.of(Service.EDI_SIGNPOSTING, Service.WORKFORCE)),
        new Referral("hr-services", List.of(Service.WORKFORCE))), decision.referrals());
    assertEquals(List.of("AnswerAsSupport", "OfferCareToSomeoneReportingHarm", "PointToUrgentHelp",
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
}
