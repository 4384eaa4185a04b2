package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Is the network just for LGBT staff or can allies go too?" asks two things, who it is for and whether allies may go,
 * and each is answered by a passage of its own; a sentence telling of the asker's friend asks nothing and adds no
 * passage: over a real index and the real rules.
 */
class PartsAlternativeTest {

  private static final String ORG = "fellbridge";

  @RegisterExtension
  static final OwnDocuments.Loaded DOCS = OwnDocuments.of(ORG, "Fellbridge Council",
      new OwnDocuments.Doc("fellbridge-networks.md", "Staff networks", "guidance", """
          # Staff networks

          ## Our staff networks

          | Network | Who it is for | Chair |
          |---|---|---|
          | Pride Network | Lesbian, gay, bisexual, trans and queer (LGBTQ+) staff | Robin Hale, Planning Officer |
          | Race Equality Network | Staff from ethnic minority backgrounds | Amira Shah, Librarian |

          ## How to join a network
          Membership is free and confidential. You do not have to tell your manager which network you have joined.
          Allies are welcome in every network: you do not need to share the characteristic to join and support it.

          ## Keeping records up to date
          Review your record when you come back from leave, and at least every 12 months while you stay with us.
          """));

  @Test
  void whether_allies_may_go_is_answered_beside_who_the_network_is_for() {
    Answer answer = DOCS.ask("is the pride network just for lgbt staff or can allies go too? my mate wants to come with"
        + " me. and who actually runs it");

    assertTrue(answer.text().contains("Robin Hale"), answer.text());
    assertTrue(answer.text().contains("Allies are welcome in every network"), answer.text());
    assertFalse(answer.text().contains("when you come back from leave"), "the friend's coming asks nothing: " + answer.text());
  }
}
