package signpost.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import signpost.knowledge.org.Nation;
import signpost.knowledge.org.Organisation;
import signpost.rules.decision.Decision;
import signpost.rules.decision.Decision.DutyNote;
import signpost.rules.decision.Duty;
import signpost.rules.facts.InOrganisation;
import signpost.rules.facts.LocalDutyAdopted;

/** The rules of {@code duties.drl}: which duties apply, by nation and by what the organisation adopted. */
class DutiesRulesTest {

  private static final RuleBase RULES = RuleBase.builtIn();
  private static final Organisation CAMBRIDGESHIRE = SharedOrganisations.load("cambridgeshire");
  private static final Organisation DERBYSHIRE = SharedOrganisations.load("derbyshire");

  private static final String PSED = "What does the PSED mean for me?";
  private static final DutyNote GENERAL = new DutyNote(Duty.GENERAL_EQUALITY_DUTY,
      "Everyone working for a public body must have due regard, when deciding and delivering, to the need to eliminate "
          + "discrimination, harassment and victimisation, advance equality of opportunity and foster good relations.");
  private static final DutyNote ENGLAND = new DutyNote(Duty.SPECIFIC_DUTIES_ENGLAND,
      "Listed bodies in England must publish equality information at least once a year to show compliance with the "
          + "general duty, and set equality objectives at least every four years.");
  private static final DutyNote ENGLAND_BY_DEFAULT = new DutyNote(Duty.SPECIFIC_DUTIES_ENGLAND,
      "In England, listed bodies must publish equality information at least once a year to show compliance with the "
          + "general duty, and set equality objectives at least every four years. Wales and Scotland have their own "
          + "specific duties.");
  private static final DutyNote WALES = new DutyNote(Duty.SPECIFIC_DUTIES_WALES,
      "Listed bodies in Wales must publish a strategic equality plan with equality objectives, engage people with an "
          + "interest, and assess the likely impact of proposed policies and practices.");
  private static final DutyNote SCOTLAND = new DutyNote(Duty.SPECIFIC_DUTIES_SCOTLAND,
      "Listed authorities in Scotland must report on mainstreaming the equality duty, publish equality outcomes, and "
          + "assess and review policies and practices.");
  private static final DutyNote SOCIO_ECONOMIC_IN_WALES_AND_SCOTLAND = new DutyNote(Duty.SOCIO_ECONOMIC_DUTY,
      "The socio-economic duty is in force in Wales and Scotland (the Fairer Scotland Duty): strategic decisions must "
          + "have due regard to reducing inequalities of outcome that result from socio-economic disadvantage.");
  private static final DutyNote REASONABLE_ADJUSTMENTS = new DutyNote(Duty.REASONABLE_ADJUSTMENTS,
      "Employers and service providers must make reasonable adjustments so that disabled people are not put at a "
          + "substantial disadvantage; for services the duty is anticipatory.");

  @Test
  void unknown_organisation_is_assumed_to_be_in_england_and_told_other_nations_differ() {
    Decision decision = RULES.decide(Situations.asked(PSED));

    assertEquals(List.of(GENERAL, ENGLAND_BY_DEFAULT), decision.duties());
    assertEquals(List.of("AnswerAsDuty", "ApplyTheGeneralEqualityDuty", "ApplyTheSpecificDutiesInEnglandByDefault"),
        decision.rules());
  }

  @Test
  void english_organisation_gets_the_general_and_english_specific_duties() {
    Decision decision = RULES.decide(Situations.asked(PSED, DERBYSHIRE));

    assertEquals(List.of(GENERAL, ENGLAND), decision.duties());
    assertEquals(List.of("AnswerAsDuty", "ApplyTheGeneralEqualityDuty", "ApplyTheSpecificDutiesInEngland"),
        decision.rules());
  }

  @Test
  void cambridgeshire_also_gets_the_socio_economic_duty_it_adopted_for_strategic_decisions() {
    Decision decision = RULES.decide(Situations.asked(PSED, CAMBRIDGESHIRE));

    assertEquals(List.of(GENERAL, ENGLAND, new DutyNote(Duty.SOCIO_ECONOMIC_DUTY,
        "Cambridgeshire County Council has adopted the socio-economic duty voluntarily (section 1 of the Equality Act "
        + "2010 is not in force in England), so strategic decisions must have due "
            + "regard to reducing inequalities of outcome that result from socio-economic disadvantage.")),
        decision.duties());
    assertEquals(List.of("AnswerAsDuty", "ApplyTheGeneralEqualityDuty", "ApplyTheSpecificDutiesInEngland",
        "ApplyTheSocioEconomicDutyTheOrganisationAdopted"), decision.rules());
  }

  @Test
  void welsh_organisation_gets_the_welsh_specific_duties_and_the_socio_economic_duty() {
    Organisation inWales = SharedOrganisations.inNation(DERBYSHIRE, Nation.WALES);

    Decision decision = RULES.decide(Situations.asked(PSED, inWales));

    assertEquals(List.of(GENERAL, WALES, SOCIO_ECONOMIC_IN_WALES_AND_SCOTLAND), decision.duties());
    assertEquals(List.of("AnswerAsDuty", "ApplyTheGeneralEqualityDuty", "ApplyTheSpecificDutiesInWales",
        "ApplyTheSocioEconomicDutyInWalesAndScotland"), decision.rules());
  }

  @Test
  void scottish_organisation_gets_the_scottish_specific_duties_and_the_fairer_scotland_duty() {
    Organisation inScotland = SharedOrganisations.inNation(DERBYSHIRE, Nation.SCOTLAND);

    Decision decision = RULES.decide(Situations.asked(PSED, inScotland));

    assertEquals(List.of(GENERAL, SCOTLAND, SOCIO_ECONOMIC_IN_WALES_AND_SCOTLAND), decision.duties());
    assertEquals(List.of("AnswerAsDuty", "ApplyTheGeneralEqualityDuty", "ApplyTheSpecificDutiesInScotland",
        "ApplyTheSocioEconomicDutyInWalesAndScotland"), decision.rules());
  }

  @Test
  void an_organisation_known_only_by_documents_placing_it_in_scotland_gets_scotlands_duties_not_englands_by_default() {
    Situation asked = Situations.asked(PSED).withDocumentedOrganisation(
        new InOrganisation("isles", "Skerries and Outer Isles Council", Nation.SCOTLAND));

    Decision decision = RULES.decide(asked);

    assertEquals(List.of(GENERAL, SCOTLAND, SOCIO_ECONOMIC_IN_WALES_AND_SCOTLAND), decision.duties());
  }

  @Test
  void a_duty_scottish_documents_tell_of_is_scotlands_law_not_one_the_organisation_adopted() {
    Situation asked = Situations.asked(PSED)
        .withDocumentedDuties(List.of(new LocalDutyAdopted("socio-economic-duty", null)))
        .withDocumentedOrganisation(new InOrganisation("isles", "Skerries and Outer Isles Council", Nation.SCOTLAND));

    Decision decision = RULES.decide(asked);

    assertEquals(List.of(GENERAL, SCOTLAND, SOCIO_ECONOMIC_IN_WALES_AND_SCOTLAND), decision.duties());
    assertFalse(decision.rules().contains("ApplyTheSocioEconomicDutyTheOrganisationAdopted"), decision.rules()::toString);
  }

  @Test
  void asking_whether_the_duty_passes_to_whoever_runs_a_service_for_the_body_says_it_stays_with_the_body() {
    Decision decision = RULES.decide(Situations.asked("pest control in hollins cross is done by a contractor now. does "
        + "the equality duty even apply to a private company", DERBYSHIRE));

    assertEquals(List.of(Duty.GENERAL_EQUALITY_DUTY, Duty.SPECIFIC_DUTIES_ENGLAND, Duty.CONTRACTED_SERVICES),
        decision.duties().stream().map(DutyNote::duty).toList());
    assertTrue(decision.duties().get(2).why().contains("cannot hand it over"), decision.duties()::toString);
  }

  @Test
  void naming_a_disability_adds_the_duty_to_make_reasonable_adjustments() {
    Decision decision = RULES.decide(Situations.asked("Do we have a legal duty to make adjustments for a deaf colleague?"));

    assertEquals(List.of(GENERAL, ENGLAND_BY_DEFAULT, REASONABLE_ADJUSTMENTS), decision.duties());
  }

  @Test
  void asking_about_reasonable_adjustments_adds_their_duty() {
    Decision decision = RULES.decide(Situations.asked("What does the law say about reasonable adjustments?", DERBYSHIRE));

    assertEquals(List.of(GENERAL, ENGLAND, REASONABLE_ADJUSTMENTS), decision.duties());
    assertEquals("ApplyReasonableAdjustmentsForDisability", decision.rules().get(decision.rules().size() - 1));
  }

  @Test
  void question_that_is_not_about_duties_gets_none() {
    Decision decision = RULES.decide(Situations.asked("Who do I contact?", CAMBRIDGESHIRE));

    assertEquals(List.of(), decision.duties());
  }
}
