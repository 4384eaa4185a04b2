package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import signpost.rules.decision.Intent;

/**
 * Asked what the Public Sector Equality Duty means, an answer gives the law's words and the duty as the organisation's
 * own documents state it, its lead-in and aims quoted as one list though a Word document's layout made each aim a
 * passage; never a committee paper's words on one decision, nor a passage the asker's words found that does not speak
 * of the duty: over a real index and the real rules.
 */
class OwnDutyTest {

  private static final String ORG = "ashvale";
  private static final String LEAD_IN = "The PSED requires the council, in everything it does, to have due regard to the need to:";

  @RegisterExtension
  static final OwnDocuments.Loaded DOCS = OwnDocuments.of(ORG, "Ashvale Council",
      new OwnDocuments.Doc("ashvale-efia-guidance.md", "Equality Impact Assessment guidance", "guidance", """
          # Equality Impact Assessment guidance

          ## 3. The Public Sector Equality Duty in brief
          %s

          eliminate unlawful discrimination, harassment and victimisation;

          advance equality of opportunity between people who share a protected characteristic and people who do not;

          foster good relations between people who share a protected characteristic and people who do not.
          """.formatted(LEAD_IN)),
      new OwnDocuments.Doc("ashvale-cabinet-2025-10.md", "Cabinet report on library hours", "committee", """
          # Cabinet report on library hours

          ## 8. Equality implications
          Cabinet must have due regard to the Public Sector Equality Duty when it makes this decision: the need to
          eliminate unlawful discrimination; to advance equality of opportunity; and to foster good relations.

          ## 9. Performance
          Waiting times for a first appointment with the community team leader had improved to a median of 38 days, day
          to day.
          """));

  @Test
  void the_duty_is_told_in_the_laws_words_and_the_organisations_own_list() {
    Answer answer = DOCS.ask("I manage a customer services team of 14. what does the public sector equality duty actually"
        + " mean for us day to day?");

    assertEquals(Intent.DUTY, answer.intent(), answer.text());
    String body = answer.paragraphs().get(0).text() + "\n" + answer.paragraphs().get(1).text();
    assertTrue(body.contains(LEAD_IN + "\n- eliminate unlawful discrimination"), answer.text());
    assertTrue(body.contains("- foster good relations"), answer.text());
    assertTrue(answer.sources().stream().anyMatch(c -> c.document().equals("ashvale-efia-guidance.md")), answer.text());
    assertFalse(answer.text().contains("this decision"), answer.text());
  }

  @Test
  void a_passage_found_by_the_askers_words_that_is_not_about_the_duty_gives_way_to_it() {
    Answer answer = DOCS.ask("I'm a community team leader - what does the PSED actually mean for my team day to day? is it"
        + " just a paperwork thing");

    assertTrue(answer.text().contains(LEAD_IN), answer.text());
    assertFalse(answer.text().contains("38 days"), answer.text());
  }

  @Test
  void a_point_of_the_duty_asked_is_answered_by_the_law_alone() {
    Answer answer = DOCS.ask("if we contract a service out to a provider, does the equality duty still apply?");

    assertFalse(answer.text().contains(LEAD_IN), answer.text());
  }
}
