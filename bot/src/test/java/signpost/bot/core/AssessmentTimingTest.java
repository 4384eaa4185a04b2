package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A manager asking how long an assessment takes, or how late to start it, is given the organisation's own timescales
 * beside the verdict, which the message rarely shares words with ("what's the latest I can start the screening?" and
 * "at least 8 weeks before the decision"): over a real index of an organisation that brings only its documents.
 */
class AssessmentTimingTest {

  private static final String ORG = "corbury";
  private static final String TIMESCALES = "at least 8 weeks before the decision is due to be made";

  @RegisterExtension
  static final OwnDocuments.Loaded DOCS = OwnDocuments.of(ORG, "Corbury Combined Authority",
      new OwnDocuments.Doc("corbury-iia-guidance.md", "Integrated Impact Assessment guidance", "guidance", """
          # Integrated Impact Assessment guidance

          ## 4. Stage 1 screening
          Stage 1 is a short screening using form IIA1. The Head of Service signs off the screening.

          ## 7. Timescales
          - Start your Stage 1 screening as soon as you have a firm proposal, and %s.
          - Send the completed form to the Equality Team, who will respond within 10 working days.

          ## 8. Who signs off
          A full assessment is signed off by the responsible Director.
          """.formatted(TIMESCALES)));

  @Test
  void asked_how_late_to_start_and_how_long_the_review_takes_the_timescales_stand_beside_the_verdict() {
    Answer answer = DOCS.pipeline().answer(new Question("t", "We're moving two bus stops about 100m and taking out the"
        + " loading bays for a new bus lane. It's going to committee on 4 March. What's the latest I can start the"
        + " screening, and how long does the equality team take to look at it?", ORG));

    assertNotNull(answer.eqia(), answer.text());
    assertTrue(answer.text().contains(TIMESCALES), answer.text());
  }

  @Test
  void asked_nothing_of_time_the_timescales_are_not_added() {
    Answer answer = DOCS.pipeline().answer(new Question("t",
        "We're moving two bus stops about 100m for a new bus lane. Do we need an assessment?", ORG));

    assertNotNull(answer.eqia(), answer.text());
    assertFalse(answer.text().contains(TIMESCALES), answer.text());
  }

  @Test
  void timing_is_asked_by_how_long_how_late_or_how_far_ahead() {
    assertTrue(OwnPractice.asksTiming("how long does the equality team take to look at it?"));
    assertTrue(OwnPractice.asksTiming("what's the latest I can start the screening"));
    assertTrue(OwnPractice.asksTiming("how far ahead do I need to do it?"));
    assertTrue(OwnPractice.asksTiming("ok. when do I need to get it to the equalities team?"));
    assertTrue(OwnPractice.asksTiming("when should we hand the EqIA in?"));
    assertFalse(OwnPractice.asksTiming("who signs it off?"));
    assertFalse(OwnPractice.asksTiming("when do we get the results of the staff survey?"), "a date, not a lead time");
  }
}
