package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Asked what due regard means in practice, an answer quotes first the organisation's own account of it, found under a
 * heading in capitals that its layout left in the text ("WHAT 'DUE REGARD' MEANS"), as much when the message asks about
 * writing its assessment up too, which asks for no verdict: over a real index and the real rules.
 */
class OwnDueRegardHeadingTest {

  private static final String ORG = "tri-borough";
  private static final String OWN_POINT = "it must be proportionate: the more a decision bears on equality, the more "
      + "thought it needs";

  @RegisterExtension
  static final OwnDocuments.Loaded DOCS = OwnDocuments.of(ORG, "Tri-Borough Regulatory Services",
      new OwnDocuments.Doc("tbrs-duty-explained.md", "Our equality duty explained", "guidance", """
          # Our equality duty explained

          ## A guide for everyone who works in trading standards and licensing
          WHAT 'DUE REGARD' MEANS
          The duty is to have due regard: not to reach a particular result, but to think properly about the three aims \
          as part of making the decision. In our words:
          - it must happen before and at the time the decision is made, and not afterwards to justify it;
          - it must be done with rigour and an open mind. It is not a tick-box exercise;
          - %s;
          - it is a continuing duty.

          ## Car parking
          Staff permits for the Market Street car park are renewed every April.
          """.formatted(OWN_POINT)),
      new OwnDocuments.Doc("tbrs-cia-toolkit.md", "Community Impact Assessment (CIA) toolkit", "guidance", """
          # Community Impact Assessment (CIA) toolkit

          ## 1. Introduction
          A Community Impact Assessment (CIA) shows how a proposal could affect people who share protected \
          characteristics. Complete the CIA before the decision is taken.
          """));

  @Test
  void what_due_regard_means_is_told_in_the_organisations_own_words_under_its_heading_in_capitals() {
    Answer answer = DOCS.pipeline().answer(new Question("t", "My manager keeps going on about showing 'due regard'. "
        + "What does that actually mean in practice? And if we're really busy can we just write the CIA up after the "
        + "committee has decided?", ORG));

    assertTrue(answer.text().contains(OWN_POINT), answer.text());
    assertTrue(answer.text().indexOf(OWN_POINT) < answer.text().indexOf("Due regard means"), answer.text());
  }
}
