package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import signpost.rules.decision.Verdict;

/**
 * An EqIA answer whose organisation's example names the level a proposal needs ("What it needs: Detailed assessment")
 * says who signs that level off, by the row of its table of sign-off for the level ("Outcome: Detailed assessment; ...;
 * Signed off by: Quality Committee"), not by a row that only mentions it ("Initial assessment only (no detailed
 * assessment needed)"), nor by the general passage that says only that someone signs: over a real index.
 */
class SignOffAtLevelTest {

  private static final String ORG = "calderbrook-health";
  private static final String GENERAL = "An assessment is only finished when it is signed off.";

  @RegisterExtension
  static final OwnDocuments.Loaded DOCS = OwnDocuments.of(ORG, "Calderbrook Sexual Health Service",
      new OwnDocuments.Doc("calderbrook-eqia-guidance.md", "Equality and Quality Impact Assessment guidance", "guidance", """
          # Equality and Quality Impact Assessment (EQIA) guidance

          ## 5. Examples: what different changes need

          | Example of change | What it needs |
          |---|---|
          | Closing or relocating a hub or spoke clinic, including a temporary closure of more than 4 weeks | Detailed assessment |
          | Stopping one evening clinic session a week | Initial assessment |
          | Reprinting a leaflet with no change to its content | No EQIA needed |

          ## 7. Who signs off
          %s The table shows who completes, checks and signs off each outcome.

          | Outcome | Completed by | Checked by | Signed off by |
          |---|---|---|---|
          | Initial assessment only (no detailed assessment needed) | Manager leading the change | EDI Lead | Service Director |
          | Detailed assessment | Manager leading the change, with a working group | EDI Lead | Quality Committee |
          """.formatted(GENERAL)));

  @Test
  void a_proposal_needing_the_full_level_is_told_who_signs_that_level_off() {
    Answer answer = DOCS.ask("we want to close the thornwick bridge spoke clinic for good and move the staff to the hub."
        + " do we need to do an assessment?");

    assertEquals(Verdict.REQUIRED, answer.eqia().verdict(), answer.text());
    assertTrue(answer.text().contains("Signed off by: Quality Committee"), answer.text());
    assertFalse(answer.text().contains("Signed off by: Service Director"), "the first level's row: " + answer.text());
    assertFalse(answer.text().contains(GENERAL), "only that someone signs: " + answer.text());
  }

  @Test
  void a_level_is_named_by_its_cell_without_what_the_cell_adds() {
    assertEquals(Optional.of("Detailed assessment"),
        OwnExamples.level("Example of change: Closing a clinic; What it needs: Detailed assessment"));
    assertEquals(Optional.of("Full EQIA"), OwnExamples.level("Change: Closing a clinic; EQIA needed?: Yes - Full EQIA (see 5.2)"));
    assertEquals(Optional.of("Full review"),
        OwnExamples.level("Change: Rotas for 5 to 14 staff; What it needs: Full review if 15 or more staff"));
    assertEquals(Optional.empty(), OwnExamples.level("Change: Reprinting a leaflet; EQIA needed?: No"));
  }
}
