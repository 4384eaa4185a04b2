package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import signpost.rules.decision.Intent;

/**
 * Someone harassed because of what the Act protects is given, after the route for reporting it, their organisation's own
 * words on that characteristic under its heading, though their message shares few words with it: over a real index of
 * an organisation that brings only its documents.
 */
class OwnWordsOnTheHarmTest {

  private static final String ORG = "westmarch";
  private static final String OWN_WORDS = "Your supervisor should complete a New and Expectant Mothers risk assessment";

  @RegisterExtension
  static final OwnDocuments.Loaded DOCS = OwnDocuments.of(ORG, "Westmarch Police",
      new OwnDocuments.Doc("westmarch-support.md", "Staff support", "web-page", """
          # Staff support

          ## Reporting discrimination, harassment or misconduct
          If something has happened to you, you can:

          - raise it under the Resolution Procedure;
          - report it to Professional Standards on ext. 4400.

          ### Pregnancy and maternity
          It is unlawful to treat you unfavourably because you are pregnant. %s with you.

          ## Wellbeing
          The wellbeing team runs drop-in sessions every month.
          """.formatted(OWN_WORDS)));

  @Test
  void the_route_is_followed_by_the_organisations_own_words_on_what_the_harm_was_about() {
    Answer answer = DOCS.pipeline().answer(new Question("t",
        "my sergeant keeps making comments about my bump and says I'll be no use on response now I'm pregnant. who do I tell",
        ORG));

    assertEquals(Intent.SUPPORT, answer.intent());
    String text = answer.text();
    assertTrue(text.contains("Professional Standards"), text);
    assertTrue(text.contains(OWN_WORDS), text);
    assertTrue(text.indexOf("Professional Standards") < text.indexOf(OWN_WORDS), "the route first: " + text);
  }
}
