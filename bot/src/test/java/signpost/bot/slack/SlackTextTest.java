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
  void spaces_are_tidied_as_the_pattern_tidies_them_and_tidy_text_comes_back_as_it_is() {
    String[] texts = {"What is the PSED?", "What  is\tthe\nPSED? ", " What is the PSED?", "What is the PSED?\u2003",
        "What\u2003is\u00a0the PSED?", "a", " ", "", "a \r\nb", "a\u000Bb", "a\fb"};
    for (String text : texts) {
      assertEquals(text.replaceAll("\\s+", " ").strip(), SlackText.question(text), text);
    }
    String tidy = "Do I need an EqIA for cutting day-centre hours?";
    assertTrue(tidy == SlackText.question(tidy), "the very string, nothing made");
  }

  @Test
  void nothing_help_or_a_question_mark_asks_for_help() {
    assertTrue(SlackText.asksForHelp(""));
    assertTrue(SlackText.asksForHelp("Help"));
    assertTrue(SlackText.asksForHelp("?"));
    assertFalse(SlackText.asksForHelp("help with an EqIA"));
  }
}
