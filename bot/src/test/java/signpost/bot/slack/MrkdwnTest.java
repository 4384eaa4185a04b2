package signpost.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Plain answer text as Slack mrkdwn, and cutting to Slack's limits. */
class MrkdwnTest {

  @Test
  void bullets_become_dots_lead_lines_bold_and_control_characters_escaped() {
    assertEquals("*Next steps:*\n• Ask &lt;HR&gt; &amp; the EDI team.\nConsider: age; disability.",
        Mrkdwn.of("Next steps:\n- Ask <HR> & the EDI team.\nConsider: age; disability."));
  }

  @Test
  void chunks_split_between_paragraphs_before_lines_sentences_or_words() {
    assertEquals(List.of("aaaa bbbb", "cccc"), Mrkdwn.chunks("aaaa bbbb\n\ncccc", 12));
    assertEquals(List.of("One sentence here.", "Two sentence here."), Mrkdwn.chunks("One sentence here. Two sentence here.", 25));
    assertEquals(List.of("abcdefghij", "klm"), Mrkdwn.chunks("abcdefghijklm", 10));
  }

  @Test
  void chunks_of_random_text_keep_every_word_and_stay_under_the_limit() {
    Random random = new Random(4);
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      int words = random.nextInt(400);
      for (int i = 0; i < words; i++) {
        text.append("word".repeat(1 + random.nextInt(5))).append(random.nextInt(10) == 0 ? "\n\n" : random.nextInt(8) == 0 ? ". " : " ");
      }
      List<String> chunks = Mrkdwn.chunks(text.toString(), 100);
      for (String chunk : chunks) assertTrue(chunk.length() <= 100 && !chunk.isEmpty(), chunk);
      assertEquals(text.toString().replaceAll("\\s+", ""), String.join("", chunks).replaceAll("\\s+", ""));
    }
  }

  @Test
  void fit_cuts_at_a_word_with_an_ellipsis() {
    assertEquals("short", Mrkdwn.fit("short", 10));
    assertEquals("one two…", Mrkdwn.fit("one two three", 10));
  }
}
