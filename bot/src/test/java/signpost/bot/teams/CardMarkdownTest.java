package signpost.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A break after every "]" that would join a link, and nothing else changed. */
class CardMarkdownTest {

  private static final String B = String.valueOf(CardMarkdown.BREAK);

  @Test
  void every_link_join_is_broken_and_the_rest_left_as_written() {
    assertEquals("[a]" + B + "(x) [b]" + B + "[1] [1]" + B + ": y [c] d]", CardMarkdown.inert("[a](x) [b][1] [1]: y [c] d]"));
    assertEquals("]" + B + "(]" + B + "(", CardMarkdown.inert("](]("));
    assertEquals("a]", CardMarkdown.inert("a]"));
  }

  @Test
  void a_text_without_a_link_join_is_returned_as_it_is() {
    String text = "Ask the EDI team [by e-mail] or by phone.";
    assertSame(text, CardMarkdown.inert(text));
    assertEquals(null, CardMarkdown.inert(null));
  }
}
