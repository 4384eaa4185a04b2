package signpost.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a person typed, read back from Slack's markup. */
class SlackTextTest {

  @Test
  void mentions_are_dropped_links_and_channels_read_as_words_and_entities_decoded() {
    assertEquals("What is the PSED & does it apply in #equality? see policy",
        SlackText.question("<@U_SIGNPOST>  What is the PSED &amp; does it apply in <#C123|equality>? see <https://x.gov.uk/p|policy>"));
    assertEquals("Is a < b https://x.gov.uk", SlackText.question("Is a &lt; b <https://x.gov.uk>"));
    assertEquals("", SlackText.question(null));
  }

  @Test
  void nothing_help_or_a_question_mark_asks_for_help() {
    assertTrue(SlackText.asksForHelp(""));
    assertTrue(SlackText.asksForHelp("Help"));
    assertTrue(SlackText.asksForHelp("?"));
    assertFalse(SlackText.asksForHelp("help with an EqIA"));
  }
}
