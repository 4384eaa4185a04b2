package signpost.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import signpost.knowledge.Document;
import signpost.knowledge.org.Organisation;
import signpost.knowledge.org.Service;
import signpost.rules.decision.Decision;
import signpost.rules.decision.Intent;

/** The rules of {@code scope.drl}: which intent a question gets, and when Signpost refuses. */
class ScopeRulesTest {

  private static final RuleBase RULES = RuleBase.builtIn();
  private static final Organisation CAMBRIDGESHIRE = SharedOrganisations.load("cambridgeshire");

  private static final String SMALL_TALK = "small talk and requests outside equality, diversity and inclusion";
  private static final String NOTHING_ANSWERS = "no passage in the documents answers it reliably";
  private static final List<Decision.Referral> CAMBRIDGESHIRE_SIGNPOSTING = List.of(
      new Decision.Referral("edi-contacts", List.of(Service.EDI_SIGNPOSTING)),
      new Decision.Referral("edi-team", List.of(Service.EDI_SIGNPOSTING)),
      new Decision.Referral("respect-at-work-contacts", List.of(Service.EDI_SIGNPOSTING)));

  @Test
  void harm_report_is_answered_as_support() {
    Decision decision = RULES.decide(Situations.asked("I'm being harassed by a colleague", CAMBRIDGESHIRE));

    assertEquals(Intent.SUPPORT, decision.intent());
    assertEquals(List.of("AnswerAsSupport"), intentRules(decision));
  }

  @Test
  void question_whether_an_eqia_is_needed_is_answered_as_eqia() {
    Decision decision = RULES.decide(Situations.asked("Do I need an EqIA for cutting day-centre hours?", CAMBRIDGESHIRE));

    assertEquals(Intent.EQIA, decision.intent());
    assertEquals(List.of("AnswerAsEqia"), intentRules(decision));
  }

  @Test
  void bare_request_for_a_contact_is_answered_as_contact() {
    Decision decision = RULES.decide(Situations.asked("Who do I contact?", CAMBRIDGESHIRE));

    assertEquals(Intent.CONTACT, decision.intent());
    assertEquals(List.of("AnswerAsContact"), intentRules(decision));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I think one of the managers at the depot is signing off overtime for shifts that people didn't work. I don't"
          + " want it coming back on me. Who can I tell in confidence?",
      "someone in finance is changing the figures on the grant returns, where can I whistleblow?"})
  void wrongdoing_to_raise_in_confidence_asks_who_to_tell_not_whether_a_change_needs_an_eqia(String message) {
    Decision decision = RULES.decide(Situations.quoting(
        Situations.document("cambridgeshire-edi-strategy-2023-2027.pdf", "cambridgeshire"), message, CAMBRIDGESHIRE));

    assertEquals(Intent.CONTACT, decision.intent(), decision.rules()::toString);
    assertNull(decision.eqia());
    assertTrue(decision.answered());
  }

  @Test
  void a_change_to_how_concerns_are_raised_asked_about_equality_is_still_an_eqia_question() {
    Decision decision = RULES.decide(Situations.asked("We're moving whistleblowing reports to an online form only -"
        + " anything we need to do equality-wise?", CAMBRIDGESHIRE));

    assertEquals(Intent.EQIA, decision.intent(), decision.rules()::toString);
  }

  @Test
  void question_about_staff_networks_is_answered_as_contact() {
    Decision decision = RULES.decide(Situations.asked("What staff networks are there?", CAMBRIDGESHIRE));

    assertEquals(Intent.CONTACT, decision.intent());
  }

  @Test
  void question_about_the_action_plan_is_answered_as_objective() {
    Decision decision = RULES.decide(Situations.asked("How is progress on the action plan monitored?", CAMBRIDGESHIRE));

    assertEquals(Intent.OBJECTIVE, decision.intent());
    assertEquals(List.of("AnswerAsObjective"), intentRules(decision));
  }

  @Test
  void question_about_the_duty_is_answered_as_duty() {
    Decision decision = RULES.decide(Situations.asked("What does the PSED mean for me?", CAMBRIDGESHIRE));

    assertEquals(Intent.DUTY, decision.intent());
    assertEquals(List.of("AnswerAsDuty"), intentRules(decision));
  }

  @Test
  void question_what_a_word_means_is_answered_as_definition_when_a_passage_answers_it() {
    Decision decision = RULES.decide(Situations.quoting(
        Situations.builtInDocument("signpost-glossary.md"), "What does intersectionality mean?", null));

    assertEquals(Intent.DEFINITION, decision.intent());
    assertEquals(List.of("AnswerAsDefinition"), intentRules(decision));
    assertTrue(decision.answered());
  }

  @Test
  void a_persons_own_pay_leave_or_it_request_is_refused_even_when_a_passage_matches_its_words() {
    Decision decision = RULES.decide(Situations.quoting(
        Situations.document("cambridgeshire-edi-strategy-2023-2027.pdf", "cambridgeshire"),
        "when do I get paid this month?", CAMBRIDGESHIRE));

    assertFalse(decision.answered());
    assertTrue(decision.rules().contains("RefusePersonalHrAndItRequests"), decision.rules()::toString);
  }

  @Test
  void asking_when_the_pay_award_will_be_paid_is_refused_though_it_speaks_of_what_is_going_to_be() {
    Decision decision = RULES.decide(Situations.quoting(
        Situations.document("cambridgeshire-edi-strategy-2023-2027.pdf", "cambridgeshire"),
        "when is the 2026 pay award going to be paid and will it be backdated to april?", CAMBRIDGESHIRE));

    assertFalse(decision.answered(), decision.rules()::toString);
    assertTrue(decision.rules().contains("RefusePersonalHrAndItRequests"), decision.rules()::toString);
  }

  @Test
  void a_question_on_whether_the_duty_passes_to_a_contractor_is_answered_on_the_duty_though_a_procurement_is_coming() {
    Decision decision = RULES.decide(Situations.asked("the theory test centres are run by a contracter so surely the "
        + "equality duty is on them and not us? we're re-procuring the contract next year btw", CAMBRIDGESHIRE));

    assertEquals(Intent.DUTY, decision.intent(), decision.rules()::toString);
    assertTrue(decision.eqiaVerdict().isEmpty(), decision.rules()::toString);
  }

  @Test
  void asking_for_help_with_an_eqia_for_something_no_document_names_starts_a_screening_not_a_refusal() {
    Decision decision = RULES.decide(Situations.asked("can you help me with an EqIA for the christmas lights switch-on?",
        CAMBRIDGESHIRE));

    assertTrue(decision.answered(), decision.rules()::toString);
    assertEquals(Intent.EQIA, decision.intent());
    assertTrue(decision.eqia() != null, "a verdict, with what to tell next");
  }

  @Test
  void opening_a_chat_with_a_quick_one_about_equalities_paperwork_starts_a_screening() {
    Decision opened = RULES.decide(Situations.asked("quick one about equalities paperwork", CAMBRIDGESHIRE));

    assertTrue(opened.answered(), opened.rules()::toString);
    assertEquals(Intent.EQIA, opened.intent());
    assertTrue(opened.eqia() != null, "a screening, with what to tell next");
  }

  @Test
  void doing_one_and_asking_a_fact_for_it_asks_the_fact_while_doing_one_alone_starts_a_screening() {
    Decision fact = RULES.decide(Situations.asked(
        "doing an EqIA on a youth fares thing - is there an age cut off for who counts as a care leaver?",
        CAMBRIDGESHIRE));
    Decision doing = RULES.decide(Situations.asked("I'm doing an EqIA on the christmas lights switch-on",
        CAMBRIDGESHIRE));

    assertEquals(null, fact.eqia(), fact.rules()::toString);
    assertTrue(doing.eqia() != null, doing.rules()::toString);
  }

  @Test
  void asking_what_an_assessment_already_written_said_asks_a_fact_not_whether_one_is_needed() {
    Decision said = RULES.decide(Situations.asked("For the three libraries closing, what did the equalities assessment "
        + "actually say about disabled people, and what are they doing about it?", CAMBRIDGESHIRE));
    Decision needed = RULES.decide(Situations.asked("We're closing three libraries - what does the equality duty say "
        + "we need to do?", CAMBRIDGESHIRE));

    assertEquals(null, said.eqia(), said.rules()::toString);
    assertTrue(needed.eqia() != null, needed.rules()::toString);
  }

  @Test
  void asking_what_the_protected_characteristics_are_is_no_eqia_question() {
    Decision decision = RULES.decide(Situations.asked(
        "how many protected characteristics are there, and have we added any extra ones of our own?", CAMBRIDGESHIRE));

    assertEquals(null, decision.eqia(), decision.rules()::toString);
  }

  @Test
  void a_message_also_asking_on_equality_what_the_organisations_documents_answer_is_answered() {
    String asked = "is there a veterans group here? also does reservist training come out of my annual leave";
    Decision answered = RULES.decide(Situations.quoting(
        Situations.document("cambridgeshire-edi-strategy-2023-2027.pdf", "cambridgeshire"), asked, CAMBRIDGESHIRE));
    Decision unanswered = RULES.decide(Situations.quoting(Situations.builtInDocument("signpost-legal-guide.md"), asked,
        CAMBRIDGESHIRE));

    assertTrue(answered.answered(), answered.rules()::toString);
    assertFalse(unanswered.answered(), "the guide's words answer no one's leave");
  }

  @Test
  void who_to_contact_about_pay_or_leave_is_for_hr_even_when_an_organisations_passage_matches() {
    // A page of staff networks names contacts, so a search for "who do I contact" quotes it; pay is still payroll's.
    Document page = Situations.document("cambridgeshire-edi-strategy-2023-2027.pdf", "cambridgeshire");
    Decision payslip = RULES.decide(Situations.quoting(page,
        "my payslip is wrong this month, none of my enhancements are on it. who do i contact??", CAMBRIDGESHIRE));
    Decision leave = RULES.decide(Situations.quoting(page,
        "can I carry over annual leave into next year? I've still got 7 days left", CAMBRIDGESHIRE));
    Decision payday = RULES.decide(Situations.quoting(page,
        "when does march pay go in? is it the 25th or the last working day", CAMBRIDGESHIRE));
    Decision party = RULES.decide(Situations.quoting(page,
        "when's the office christmas do this year and is it at the usual place?", CAMBRIDGESHIRE));
    // "is missing" tells of a state, no change under way.
    Decision missing = RULES.decide(Situations.quoting(page,
        "my payslip this month is missing the saturday overtime, who do i chase", CAMBRIDGESHIRE));

    assertFalse(payslip.answered(), payslip.rules()::toString);
    assertFalse(missing.answered(), missing.rules()::toString);
    assertFalse(payday.answered(), payday.rules()::toString);
    assertFalse(party.answered(), "the office's christmas do is arranged by the office: " + party.rules());
    assertNull(missing.eqia(), "overtime missing from a payslip is no proposal to assess");
    assertFalse(leave.answered(), leave.rules()::toString);
    assertNull(leave.eqia(), "leave carried into next year is no proposal to assess");
  }

  @Test
  void a_question_about_a_body_nothing_is_known_of_is_refused_even_when_a_passage_matches() {
    Situation asked = Situations.quoting(Situations.document("cambridgeshire-edi-strategy-2023-2027.pdf", "cambridgeshire"),
        "What are Norfolk County Council's equality objectives?", CAMBRIDGESHIRE);
    Decision decision = RULES.decide(new Situation(asked.question(), asked.features(), asked.organisation(), asked.quoted(),
        "norfolk county council"));

    assertFalse(decision.answered());
    assertEquals("no document or organisation file covers norfolk county council", decision.refusal());
  }

  @Test
  void naming_another_body_never_refuses_an_eqia_question() {
    Situation asked = Situations.asked("Leeds City Council closed its day centres; we're closing ours too", CAMBRIDGESHIRE);
    Decision decision = RULES.decide(new Situation(asked.question(), asked.features(), asked.organisation(), asked.quoted(),
        "leeds city council"));

    assertTrue(decision.answered());
    assertEquals(Intent.EQIA, decision.intent());
  }

  @Test
  void an_eqia_question_about_staff_parking_is_not_refused_as_a_staff_request() {
    Decision decision = RULES.decide(Situations.asked("we're bringing in charges for staff parking permits", CAMBRIDGESHIRE));

    assertEquals(Intent.EQIA, decision.intent());
    assertTrue(decision.answered());
  }

  @Test
  void any_other_question_a_passage_answers_is_answered_as_fact() {
    Decision decision = RULES.decide(Situations.quoting(
        Situations.document("cambridgeshire-edi-strategy-2023-2027.pdf", "cambridgeshire"),
        "How many staff are disabled?", CAMBRIDGESHIRE));

    assertEquals(Intent.FACT, decision.intent());
    assertEquals(List.of("AnswerAsFact"), intentRules(decision));
    assertTrue(decision.answered());
  }

  @Test
  void the_most_specific_topic_wins_and_only_one_intent_rule_fires() {
    Decision eqiaContact = RULES.decide(Situations.asked("Who do I contact about an EqIA?", CAMBRIDGESHIRE));
    Decision harmInAnEqiaMeeting = RULES.decide(Situations.asked("I was harassed in the EqIA meeting", CAMBRIDGESHIRE));

    assertEquals(Intent.EQIA, eqiaContact.intent());
    assertEquals(List.of("AnswerAsEqia"), intentRules(eqiaContact));
    assertEquals(Intent.SUPPORT, harmInAnEqiaMeeting.intent());
    assertEquals(List.of("AnswerAsSupport"), intentRules(harmInAnEqiaMeeting));
  }

  @Test
  void small_talk_is_refused_and_sent_to_the_edi_signposting_contacts() {
    Decision decision = RULES.decide(Situations.asked("Tell me a joke", CAMBRIDGESHIRE));

    assertEquals(Intent.UNKNOWN, decision.intent());
    assertEquals(SMALL_TALK, decision.refusal());
    assertEquals(CAMBRIDGESHIRE_SIGNPOSTING, decision.referrals());
    assertTrue(decision.rules().contains("RefuseSmallTalk"), decision.rules()::toString);
    assertFalse(decision.rules().contains("RefuseWhatNoDocumentAnswers"), decision.rules()::toString);
  }

  @Test
  void question_no_passage_answers_is_refused_and_sent_to_the_edi_signposting_contacts() {
    Decision decision = RULES.decide(Situations.asked("How tall is the town hall clock tower?", CAMBRIDGESHIRE));

    assertEquals(Intent.UNKNOWN, decision.intent());
    assertEquals(NOTHING_ANSWERS, decision.refusal());
    assertEquals(CAMBRIDGESHIRE_SIGNPOSTING, decision.referrals());
    assertEquals(List.of("AnswerAsFact", "RefuseWhatNoDocumentAnswers", "ReferToContactsServingTheNeed"), decision.rules());
  }

  @Test
  void refused_question_from_an_unknown_organisation_is_sent_to_your_edi_team() {
    Decision decision = RULES.decide(Situations.asked("How tall is the town hall clock tower?"));

    assertEquals(NOTHING_ANSWERS, decision.refusal());
    assertEquals(List.of(new Decision.Referral(null, List.of(Service.EDI_SIGNPOSTING))), decision.referrals());
  }

  @Test
  void greeting_before_a_question_a_passage_answers_is_not_refused() {
    Decision decision = RULES.decide(Situations.quoting(
        Situations.builtInDocument("signpost-glossary.md"), "Good morning, what does equity mean?", null));

    assertNull(decision.refusal());
    assertEquals(Intent.DEFINITION, decision.intent());
  }

  @Test
  void support_question_is_never_refused_even_with_small_talk_and_no_passage() {
    Decision decision = RULES.decide(Situations.asked("Hello, I am being bullied at work", CAMBRIDGESHIRE));

    assertNull(decision.refusal());
    assertEquals(Intent.SUPPORT, decision.intent());
    assertFalse(decision.rules().stream().anyMatch(rule -> rule.startsWith("Refuse")), decision.rules()::toString);
  }

  @Test
  void question_whether_an_eqia_is_needed_is_answered_with_no_passage() {
    Decision decision = RULES.decide(Situations.asked("Do we need an EqIA for closing the library?"));

    assertTrue(decision.answered());
    assertEquals(Intent.EQIA, decision.intent());
  }

  @Test
  void question_when_introduces_the_organisations_document_it_quotes() {
    Decision decision = RULES.decide(Situations.quoting(
        Situations.document("cambridgeshire-edi-action-plan-report-2024-01.docx", "cambridgeshire"),
        "When was the action plan report published?", CAMBRIDGESHIRE));

    assertEquals(List.of("cambridgeshire-edi-action-plan-report-2024-01"), decision.introducedSources());
    assertTrue(decision.rules().contains("IntroduceTheDocumentWhenAskedWhen"), decision.rules()::toString);
  }

  @Test
  void question_when_does_not_introduce_a_built_in_document() {
    Decision decision = RULES.decide(Situations.quoting(
        Situations.builtInDocument("signpost-legal-guide.md"), "When did the Equality Act come into force?", null));

    assertEquals(List.of(), decision.introducedSources());
  }

  @Test
  void question_that_does_not_ask_when_introduces_no_document() {
    Decision decision = RULES.decide(Situations.quoting(
        Situations.document("cambridgeshire-edi-action-plan-report-2024-01.docx", "cambridgeshire"),
        "Who owns the action plan?", CAMBRIDGESHIRE));

    assertEquals(List.of(), decision.introducedSources());
  }

  private static List<String> intentRules(Decision decision) {
    return decision.rules().stream().filter(rule -> rule.startsWith("AnswerAs")).toList();
  }
}
