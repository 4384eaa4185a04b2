package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import signpost.rules.screening.ScreeningContext;
import signpost.rules.screening.Slot;

/**
 * What an EqIA answer keeps in its short part beside the verdict, from an organisation's own guidance over a real index:
 * the passage answering a later question of the message ("... and how far ahead of the report deadline?"), and the
 * sign-off its guidance adds for the body the message, or the screening's record, says decides ("For decisions taken
 * by Cabinet ..."); neither where the message does not ask it.
 */
class BesideAVerdictTest {

  private static final String TIMESCALE = "Send the screening to the equality team at least six weeks before the report deadline.";
  private static final String FOR_CABINET = "For decisions taken by Cabinet, the assessment must also be signed off by the Director of Place.";

  @RegisterExtension
  static final OwnDocuments.Loaded DOCS = OwnDocuments.of("southmere", "Southmere Council", new OwnDocuments.Doc(
        "southmere-eqia-guidance.md", "Equality Impact Assessment guidance", "guidance", """
        # Equality Impact Assessment guidance

        ## When you need one
        Every proposal to close, reduce or move a service the public use needs an Equality Impact Assessment.

        ## Timescales
        %s

        ## Sign-off
        Every Equality Impact Assessment is signed off by the Head of Service responsible for the proposal.

        %s

        For decisions taken under delegated powers, the assessment is kept with the decision record.
        """.formatted(TIMESCALE, FOR_CABINET)));

  private static boolean inTheShortAnswer(Answer answer, String text) {
    return answer.paragraphs().stream().anyMatch(p -> !p.kind().detail() && p.text().contains(text));
  }

  private static Answer ask(String question) {
    Answer answer = DOCS.pipeline().answer(new Question("t", question, "southmere"));
    assertNotNull(answer.eqia(), answer.text());
    return answer;
  }

  @Test
  void a_later_question_answered_beside_a_verdict_stays_in_the_short_answer() {
    Answer answer = ask("we're closing the Eastgate day centre, do we need an EqIA?"
        + " and how far ahead of the report deadline does it need doing");

    assertTrue(inTheShortAnswer(answer, TIMESCALE), answer.paragraphs()::toString);
  }

  @Test
  void asked_only_whether_one_is_needed_the_timescale_is_detail_if_quoted_at_all() {
    Answer answer = ask("we're closing the Eastgate day centre, do we need an EqIA?");

    assertFalse(inTheShortAnswer(answer, TIMESCALE), answer.paragraphs()::toString);
  }

  @Test
  void a_decision_by_cabinet_is_told_who_else_signs_off_for_cabinet() {
    Answer answer = ask("We're closing the Eastgate day centre and the decision will be taken by Cabinet in January."
        + " Do we need an EqIA and who signs it off?");

    assertTrue(inTheShortAnswer(answer, FOR_CABINET), answer.paragraphs()::toString);
  }

  @Test
  void a_message_naming_no_deciding_body_is_told_the_general_sign_off_only() {
    Answer answer = ask("We're closing the Eastgate day centre. Do we need an EqIA?");

    assertFalse(inTheShortAnswer(answer, FOR_CABINET), answer.paragraphs()::toString);
  }

  @Test
  void within_a_screening_the_body_its_record_says_decides_is_told_who_else_signs_off_and_kept_apart() {
    AnswerPipeline cached = DOCS.pipeline().withCache(10);
    Question step = new Question("t", "we're closing the Eastgate day centre, used by about 40 older people", "southmere");
    Set<Slot> filled = EnumSet.of(Slot.ACTIVITY, Slot.AFFECTED, Slot.DECISION);

    Answer byCabinet = cached.answer(step, new ScreeningContext(filled, "Cabinet"));
    Answer byNoOneNamed = cached.answer(step, new ScreeningContext(filled));

    assertTrue(inTheShortAnswer(byCabinet, FOR_CABINET), byCabinet.paragraphs()::toString);
    assertFalse(inTheShortAnswer(byNoOneNamed, FOR_CABINET), "not the Cabinet's answer kept for another screening");
  }
}
