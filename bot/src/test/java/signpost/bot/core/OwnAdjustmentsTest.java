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
  private static final String HOW_TO_ASK = "Talk to your manager about what would help and agree a Workplace Adjustments Passport";

  @RegisterExtension
  static final OwnDocuments.Loaded DOCS = OwnDocuments.of(ORG, "Eastmere District Council",
        new OwnDocuments.Doc("eastmere-staff-support.md", "Support for staff", "guidance", """
            # Support for staff

            ## Adjustments at work
            %s with them. The passport stays with you when you change team, so you do not have to explain again.

            ## Car parking
            Staff permits for the Market Street car park are renewed every April.
            """.formatted(HOW_TO_ASK)),
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
