package signpost.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import signpost.knowledge.org.Organisation;
import signpost.rules.decision.Decision;
import signpost.rules.decision.Decision.PlanContact;
import signpost.rules.decision.PlanPart;

/** The rules of {@code objectives.drl}: the themes a question touches and who owns, reviews and hears about the plan. */
class ObjectivesRulesTest {

  private static final RuleBase RULES = RuleBase.builtIn();
  private static final Organisation CAMBRIDGESHIRE = SharedOrganisations.load("cambridgeshire");
  private static final Organisation DERBYSHIRE = SharedOrganisations.load("derbyshire");

  private static final String OWNERS_NOT_NAMED = "These documents do not name an owner for each action; "
      + "the plan's officer contact can say who leads a particular action.";
  private static final PlanContact OFFICER = new PlanContact("hr-services", PlanPart.OFFICER);
  private static final PlanContact REVIEWER = new PlanContact("edi-leadership-forum", PlanPart.REVIEWER);
  private static final PlanContact WORKSTREAMS = new PlanContact("edi-workstreams", PlanPart.PRIORITY_OWNER);

  @Test
  void cambridgeshire_question_naming_the_workforce_gets_the_workforce_theme() {
    Decision decision = RULES.decide(Situations.asked("What are the objectives for our workforce?", CAMBRIDGESHIRE));

    assertEquals(List.of("A"), decision.themes());
    assertEquals(List.of(OFFICER, REVIEWER), decision.planContacts());
    assertEquals(List.of("AnswerAsObjective", "RelateTheThemeTheQuestionNames", "NameThePlanOfficer", "NameWhoReviewsThePlan"),
        decision.rules());
  }

  @Test
  void derbyshire_workforce_priority_is_owned_by_the_edi_workstreams() {
    Decision decision = RULES.decide(Situations.asked("What is the workforce priority?", DERBYSHIRE));

    assertEquals(List.of("workforce"), decision.themes());
    assertEquals(List.of(WORKSTREAMS), decision.planContacts());
    assertEquals(List.of("AnswerAsObjective", "RelateTheThemeTheQuestionNames", "NameTheOwnerOfTheRelevantPriority"),
        decision.rules());
  }

  @Test
  void question_about_staff_gets_the_workforce_theme() {
    Decision decision = RULES.decide(Situations.asked("What do the objectives mean for staff in my team?", CAMBRIDGESHIRE));

    assertEquals(List.of("A"), decision.themes());
    assertTrue(decision.rules().contains("RelateStaffQuestionsToTheWorkforceTheme"), decision.rules()::toString);
  }

  @Test
  void question_about_recruitment_gets_the_workforce_theme() {
    Decision decision = RULES.decide(Situations.asked("What are our objectives on recruitment?", CAMBRIDGESHIRE));

    assertEquals(List.of("A"), decision.themes());
    assertTrue(decision.rules().contains("RelateStaffQuestionsToTheWorkforceTheme"), decision.rules()::toString);
  }

  @Test
  void derbyshire_question_about_staff_gets_the_workforce_priority_and_its_owner() {
    Decision decision = RULES.decide(Situations.asked("What do our priorities mean for our staff?", DERBYSHIRE));

    assertEquals(List.of("workforce"), decision.themes());
    assertEquals(List.of(WORKSTREAMS), decision.planContacts());
    assertEquals(List.of("AnswerAsObjective", "RelateStaffQuestionsToTheWorkforceTheme", "NameTheOwnerOfTheRelevantPriority"),
        decision.rules());
  }

  @Test
  void question_about_residents_gets_the_communities_theme() {
    Decision decision = RULES.decide(Situations.asked("What do the objectives mean for residents?", CAMBRIDGESHIRE));

    assertEquals(List.of("B"), decision.themes());
    assertTrue(decision.rules().contains("RelateResidentQuestionsToTheCommunitiesTheme"), decision.rules()::toString);
  }

  @Test
  void question_who_owns_the_plan_names_its_officer_reviewer_and_committees_and_says_action_owners_are_not_named() {
    Decision decision = RULES.decide(Situations.asked("Who owns the action plan?", CAMBRIDGESHIRE));

    assertEquals(List.of(OFFICER, REVIEWER,
        new PlanContact("csmi-committee", PlanPart.REPORTED_TO),
        new PlanContact("staffing-and-appeals-committee", PlanPart.REPORTED_TO)), decision.planContacts());
    assertEquals(List.of(OWNERS_NOT_NAMED), decision.caveats());
    assertTrue(decision.rules().contains("SayActionOwnersAreNotNamed"), decision.rules()::toString);
  }

  @Test
  void action_owners_caveat_is_given_only_when_asking_who() {
    Decision decision = RULES.decide(Situations.asked("How is progress on the action plan monitored?", CAMBRIDGESHIRE));

    assertEquals(4, decision.planContacts().size(), decision.planContacts()::toString);
    assertEquals(List.of(), decision.caveats());
    assertFalse(decision.rules().contains("SayActionOwnersAreNotNamed"), decision.rules()::toString);
  }

  @Test
  void organisation_whose_priorities_have_owners_gets_no_action_owners_caveat() {
    Decision decision = RULES.decide(Situations.asked("Who leads the workforce priority?", DERBYSHIRE));

    assertEquals(List.of(WORKSTREAMS), decision.planContacts());
    assertEquals(List.of(), decision.caveats());
  }

  @Test
  void derbyshire_timetable_question_shows_the_draft_plan_timetable() {
    Decision decision = RULES.decide(Situations.asked("What is the timetable for the new equality objectives?", DERBYSHIRE));

    assertTrue(decision.timetable());
    assertTrue(decision.answered());
    assertEquals(List.of("AnswerAsObjective", "ShowTheDraftPlanTimetable"), decision.rules());
  }

  @Test
  void organisation_with_no_draft_plan_shows_no_timetable() {
    Decision decision = RULES.decide(Situations.asked("What is the timetable for the new equality objectives?", CAMBRIDGESHIRE));

    assertFalse(decision.timetable());
  }

  @Test
  void objective_question_from_an_unknown_organisation_names_no_theme_or_contact() {
    Decision decision = RULES.decide(Situations.asked("What are the objectives for our workforce?"));

    assertEquals(List.of(), decision.themes());
    assertEquals(List.of(), decision.planContacts());
  }

  @Test
  void asking_for_the_objectives_without_naming_a_theme_lists_every_theme_when_no_passage_answers() {
    Decision decision = RULES.decide(Situations.asked("What are our equality objectives?", CAMBRIDGESHIRE));

    assertEquals(java.util.Set.of("A", "B", "C"), java.util.Set.copyOf(decision.themes()), decision.rules()::toString);
    assertNull(decision.refusal());
    assertTrue(decision.rules().contains("ListEveryThemeWhenNoneIsNamedAndNoPassageAnswers"), decision.rules()::toString);
  }

  @Test
  void a_manager_asking_about_their_part_gets_the_workforce_and_services_themes() {
    Decision decision = RULES.decide(Situations.asked(
        "I'm a manager in adult social care. Which objectives touch my work?", CAMBRIDGESHIRE));

    assertEquals(java.util.Set.of("A", "C"), java.util.Set.copyOf(decision.themes()), decision.rules()::toString);
    assertTrue(decision.rules().containsAll(List.of("RelateManagersToTheWorkforceTheme", "RelateServiceQuestionsToTheServicesTheme")),
        decision.rules()::toString);
  }
}
