package signpost.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import signpost.bot.core.OwnDocuments;
import signpost.bot.store.Engine;
import signpost.bot.store.StoreContract;
import signpost.bot.store.StoreMemory;
import signpost.rules.screening.ScreeningReader;

/**
 * Asked during a screening when the assessment is due, an organisation that brings only its documents answers with
 * its timescale and, from its section on sign-off, who signs the assessment off: the deadline is for the signed
 * assessment. Over a real index and rules, kept in the embedded database.
 */
class WhenItIsDueTest extends StoreContract {

  private static final String ORG = "elderton";
  private static final String TIMESCALE = "at least 8 weeks before the decision is due";
  private static final String WHO_SIGNS = "must also be approved by the Equality Board";

  @RegisterExtension
  static final OwnDocuments.Loaded DOCS = OwnDocuments.of(ORG, "Elderton Police",
      new OwnDocuments.Doc("elderton-eqia-procedure.md", "Equality Impact Assessment Procedure", "guidance", """
          # Equality Impact Assessment Procedure

          ## 6. Timescales
          Start the EqIA screening as soon as you have a proposal, and %s. Allow longer where you need to consult.

          ## 8. Sign-off
          - The author (the project or policy lead) completes the EqIA screening form.
          - The head of department checks and signs the EqIA.
          - A full EqIA for a force-wide policy %s, chaired by the Deputy Chief Constable.
          """.formatted(TIMESCALE, WHO_SIGNS)));

  private final MovableClock movable = new MovableClock();
  private Dialogue dialogue;

  @Override
  protected Engine engine() {
    return Engine.H2;
  }

  @BeforeEach
  void startDialogue() {
    dialogue = new Dialogue(DOCS.pipeline(), new StoreMemory(database), new Screener(ScreeningReader.builtIn()), movable,
        Dialogue.DEFAULT_IDLE);
  }

  private Reply say(String text) {
    movable.pass(Duration.ofSeconds(20));
    return dialogue.reply(new Inbound("test:thread-1", "alice", null, text, ORG));
  }

  @Test
  void asking_how_far_ahead_it_is_due_gives_the_timescale_and_who_signs_it_off() {
    Reply started = say("We're closing the front counter at Elderton police station on Saturdays from April.");

    Reply when = say("ok thanks. how far ahead of the decision do I need to have started?");

    String text = when.answer().text();
    assertTrue(text.contains(TIMESCALE), text);
    assertTrue(text.contains(WHO_SIGNS), text);
    assertTrue(text.contains(started.screening().reference() + " is still open"), text);
    assertTrue(when.answer().sources().stream().anyMatch(c -> c.section() != null && c.section().endsWith("8. Sign-off")),
        "the sign-off is cited to its section: " + when.answer().sources());
  }

  @Test
  void another_question_asked_during_the_screening_gets_no_sign_off() {
    say("We're closing the front counter at Elderton police station on Saturdays from April.");

    Reply aside = say("What does the public sector equality duty mean?");

    assertFalse(aside.answer().text().contains(WHO_SIGNS), aside.answer().text());
  }
}
