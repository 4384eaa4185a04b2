package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An EqIA answer for an organisation that brings only its documents quotes who signs off from its section on sign-off,
 * not a line that says only who may not ("Nobody should sign off their own EqIA"), which searches rank higher for
 * being short: over a real index.
 */
class OwnSignOffTest {

  private static final String ORG = "elderton";
  private static final String WHO_SIGNS = "must also be approved by the Equality Board";

  @RegisterExtension
  static final OwnDocuments.Loaded DOCS = OwnDocuments.of(ORG, "Elderton Police",
      new OwnDocuments.Doc("elderton-eqia-procedure.md", "Equality Impact Assessment Procedure", "guidance", """
          # Equality Impact Assessment Procedure

          ## 7. Independence
          Nobody should sign off their own equality impact assessment or screening form.

          ## 7a. Quality assurance and sign-off
          Every EqIA must be quality-assured by the Equality Adviser before it is signed off. Quality assurance is \
          advice: the Equality Adviser does not approve or sign off the EqIA or the proposal.

          ## 8. Sign-off
          - The author (the project or policy lead) completes the EqIA screening form.
          - The head of department checks and signs the EqIA.
          - A full EqIA for a force-wide policy %s, chaired by the Deputy Chief Constable.
          """.formatted(WHO_SIGNS)));

  @Test
  void who_signs_off_comes_from_the_section_on_sign_off() {
    Answer answer = DOCS.pipeline().answer(new Question("t",
        "we're closing the front counter at Elderton police station on Saturdays, do we need an EqIA?", ORG));

    String text = answer.text();
    assertTrue(text.contains(WHO_SIGNS), text);
    assertFalse(text.contains("Nobody should sign off"), text);
    assertFalse(text.contains("does not approve or sign off"), "who does not sign off is not who does: " + text);
  }
}
