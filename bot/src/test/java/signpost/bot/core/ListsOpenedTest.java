package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A passage ending in a colon is quoted with the list it opens, though the search found only the lead-in and a page's
 * footnotes stand between them: over a real index and the real rules.
 */
class ListsOpenedTest {

  private static final String ORG = "kinlochbrae";
  private static final String SECOND = "People with experience of homelessness, including people in temporary accommodation";

  @RegisterExtension
  static final OwnDocuments.Loaded DOCS = OwnDocuments.of(ORG, "Kinlochbrae Health and Social Care Partnership",
      new OwnDocuments.Doc("kinlochbrae-duty-briefing.md", "The equality duty, what it means for us", "guidance", """
          # The equality duty, what it means for us

          ## In our own words
          7 OUR LOCAL EXTRA GROUPS In June 2023 the board decided that our equality impact assessments must also consider three groups \
          who are not protected characteristics in law, but whom our evidence shows face real and lasting barriers. We \
          treat them as if they were protected characteristics:

          3 See in particular R (Brown) v Secretary of State for Work and Pensions [2008] EWHC 3158 (Admin). 4 SSI 2012/162.

          - Unpaid carers, about 9,800 people who look after someone without pay.
          - %s, now or in the past.
          - Care experienced people, anyone who is or has been looked after by a local authority.

          ## Car parking
          Staff permits for the Market Street car park are renewed every April.
          """.formatted(SECOND)));

  @Test
  void the_groups_a_lead_in_opens_are_quoted_with_it_past_the_footnotes_between() {
    Answer answer = DOCS.pipeline().answer(new Question("t", "someone said we have to look at 'extra' groups in "
        + "equality impact assessments as well as the protected characteristics - which groups?", ORG));

    assertTrue(answer.text().contains("We treat them as if they were protected characteristics"), answer.text());
    assertTrue(answer.text().contains(SECOND), answer.text());
    assertTrue(answer.text().indexOf(SECOND) > answer.text().indexOf("We treat them as if"), answer.text());
  }
}
