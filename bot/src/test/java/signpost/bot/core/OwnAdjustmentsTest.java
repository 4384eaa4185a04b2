package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import signpost.rules.decision.Intent;

/**
 * Someone telling of a condition of their own ("I've just been diagnosed with dyslexia ...") is told they can ask for
 * reasonable adjustments, how their own organisation agrees them, quoted and cited, and who can help: over a real
 * index of an organisation that brings only its documents.
 */
class OwnAdjustmentsTest {

  private static final String ORG = "eastmere";
  private static final String ON_REFUSAL = "People Casework Team";
  private static final String HOW_TO_ASK = "Talk to your manager about what would help and agree a Workplace Adjustments Passport";

  @RegisterExtension
  static final OwnDocuments.Loaded DOCS = OwnDocuments.of(ORG, "Eastmere District Council",
        new OwnDocuments.Doc("eastmere-staff-support.md", "Support for staff", "guidance", """
            # Support for staff

            ## Adjustments at work
            %s with them. The passport stays with you when you change team, so you do not have to explain again.

            ### If your manager refuses an adjustment
            Your manager must explain in writing why an adjustment is not reasonable. If you disagree, you can ask for \
            the decision to be reviewed by their manager, or raise a grievance with the %s.

            ## Car parking
            Staff permits for the Market Street car park are renewed every April.
            """.formatted(HOW_TO_ASK, ON_REFUSAL)),
        new OwnDocuments.Doc("eastmere-equality-plan.md", "Equality plan 2025-2028", "strategy", """
            # Equality plan 2025-2028

            ## Action plan
            Action: Launch the Workplace Adjustments Passport for all staff and record every adjustment agreed; Lead officer: Dana Frost, Head of HR; Timescale: March 2026

            ## Our communities
            We will make every library step-free by 2027.
            """));

  @Test
  void a_condition_told_of_is_met_with_how_the_organisation_agrees_adjustments_and_how_to_ask() {
    Answer answer = DOCS.pipeline().answer(new Question("t",
        "I've just been diagnosed with dyslexia and reading long reports is really hard for me. Is there anything I can ask for?", ORG));

    assertEquals(Intent.SUPPORT, answer.intent());
    assertNull(answer.eqia());
    String text = answer.text();
    assertTrue(text.contains("reasonable adjustments"), text);
    // Its own words, though the message shares none of them, cited to its document.
    assertTrue(text.contains(HOW_TO_ASK), text);
    assertTrue(answer.sources().stream().anyMatch(c -> c.title().equals("Support for staff")), answer.sources()::toString);
    // How to ask, from the legal guide; no call for urgent help, since nothing harmed them; no "sorry this happened".
    assertTrue(answer.sources().stream().anyMatch(c -> c.section().endsWith("Asking for a reasonable adjustment")),
        answer.sources()::toString);
    assertFalse(text.contains("999"), text);
    assertFalse(text.contains("sorry this has happened"), text);
    // The action plan's row is what the council will do, not how to ask: not quoted.
    assertFalse(text.contains("Dana Frost"), text);
  }

  @Test
  void an_adjustment_refused_is_met_with_what_the_organisation_says_to_do_when_one_is_refused() {
    Answer refused = DOCS.pipeline().answer(new Question("t", "i asked for a later start because my meds make me really"
        + " drowsy in the mornings and my manager just said no, it 'wouldn't be fair on the others'. what can i do", ORG));
    Answer asking = DOCS.pipeline().answer(new Question("t",
        "my meds make me really drowsy in the mornings, could I start later?", ORG));

    assertEquals(Intent.SUPPORT, refused.intent());
    assertTrue(refused.text().contains(ON_REFUSAL), refused.text());
    assertFalse(refused.text().contains(HOW_TO_ASK), refused.text());
    assertEquals(Intent.SUPPORT, asking.intent());
    assertTrue(asking.text().contains(HOW_TO_ASK), asking.text());
    assertFalse(asking.text().contains(ON_REFUSAL), asking.text());
  }

  @Test
  void an_organisation_whose_documents_say_nothing_of_adjustments_gets_the_law_and_no_invented_route() {
    Answer answer = DOCS.pipeline().answer(new Question("t", "I'm deaf and meetings on Teams are hard to follow, what can I do?", "westmere"));

    assertEquals(Intent.SUPPORT, answer.intent());
    assertFalse(answer.text().contains(HOW_TO_ASK), answer.text());
    assertTrue(answer.sources().stream().allMatch(c -> c.document().startsWith("signpost-")), answer.sources()::toString);
  }

  @Test
  void a_passage_tells_how_to_ask_when_it_says_what_to_do_not_what_the_plan_will_do() {
    assertTrue(OwnAdjustments.tellsHowToAsk(HOW_TO_ASK + " with them."));
    assertFalse(OwnAdjustments.tellsHowToAsk(
        "Action: Launch the Workplace Adjustments Passport and record every adjustment; Lead officer: Dana Frost, Head of HR"));
    assertFalse(OwnAdjustments.tellsHowToAsk("Staff permits for the car park: talk to facilities."));
  }
}
