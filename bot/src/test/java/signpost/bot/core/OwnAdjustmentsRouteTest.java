package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import signpost.rules.decision.Intent;

/**
 * Someone telling of a new diagnosis is given the steps of the organisation's route for adjustments, not only its
 * passage saying what an adjustment is and that one may ask, which its words match better: over a real index.
 */
class OwnAdjustmentsRouteTest {

  private static final String ORG = "tri-borough";
  private static final String PASSPORT = "Complete an Adjustments Passport (form HR-AP1) with your manager";

  @RegisterExtension
  static final OwnDocuments.Loaded DOCS = OwnDocuments.of(ORG, "Tri-Borough Regulatory Services",
      new OwnDocuments.Doc("tbrs-staff-support.md", "Support for staff", "intranet-page", """
          # Support for staff

          ## Workplace adjustments and health conditions
          Workplace adjustments (the law calls them reasonable adjustments) are changes agreed with your manager and \
          recorded, for disabled staff and staff with a health condition. You can ask for workplace adjustments at any \
          time, and you do not need a formal diagnosis to ask.

          ### If you have a new diagnosis
          Whether it is diabetes, a heart condition or something else, you decide who to tell and when. The usual route is:
          - Talk to your line manager (or, if you would rather not, to the HR Business Partner).
          - %s. The passport records what you need.
          - Occupational Health: your manager can refer you, or you can refer yourself on 01632 960 514.

          ## Car parking
          Staff permits for the Market Street car park are renewed every April.
          """.formatted(PASSPORT)));

  @Test
  void a_new_diagnosis_is_met_with_the_steps_of_the_route_for_adjustments() {
    Answer answer = DOCS.pipeline().answer(new Question("t", "ive just been diagnosed with type 1 diabetes and i do long "
        + "inspection days in the car. i dont want the whole team knowing. what can i actually ask for and how?", ORG));

    assertEquals(Intent.SUPPORT, answer.intent());
    assertTrue(answer.text().contains(PASSPORT), answer.text());
  }
}
