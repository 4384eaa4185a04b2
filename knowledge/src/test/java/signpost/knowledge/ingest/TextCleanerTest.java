package signpost.knowledge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

  @Test
  void ligatures_and_non_breaking_spaces_become_plain_text() {
    assertEquals("financial and efficient staff", TextCleaner.clean("ﬁnancial and\u00A0eﬃcient\u2007staﬀ"));
  }

  @Test
  void markup_debris_is_removed() {
    assertEquals("Gender pay gap is reported", TextCleaner.clean("<u>Gender pay gap</u> is **reported**"));
    assertEquals("one two three", TextCleaner.clean("<p>one<br>two</p> <b>three</b> __"));
    assertEquals("2 < 3 and a > b", TextCleaner.clean("2 < 3 and a > b"));
  }

  @Test
  void words_broken_by_a_hyphen_and_space_are_rejoined() {
    assertEquals("equality of opportunity", TextCleaner.clean("equal- ity of opportunity"));
    assertEquals("pre- and post-natal care", TextCleaner.clean("pre- and post-natal care"));
    assertEquals("2023- 2024", TextCleaner.clean("2023- 2024"));
  }

  @Test
  void a_footnote_mark_in_superscript_leaves_its_word_whole_and_a_units_power_stays() {
    assertEquals("Median gender pay gap 16.0%", TextCleaner.clean("Median gender pay gap\u2074 16.0%"));
    assertEquals("Median ethnicity pay gap, 9.4%", TextCleaner.clean("Median ethnicity pay gap\u2075\u00B9, 9.4%"));
    assertEquals("a floor area of 5,000 m2", TextCleaner.clean("a floor area of 5,000 m\u00B2"));
  }

  @Test
  void whitespace_is_collapsed_and_trimmed() {
    assertEquals("a b c", TextCleaner.clean("  a \n\t b\u200B   c  "));
    assertEquals("", TextCleaner.clean(null));
  }

  @Test
  void random_input_never_throws_and_cleaning_twice_changes_nothing() {
    Random random = new Random(42);
    String alphabet = "ab ﬁ-*_<>/up\u00A0\u00AD\n\tB.é";
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int j = 0; j < length; j++) {
        text.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x3000) : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String once = TextCleaner.clean(text.toString());
      assertEquals(once, TextCleaner.clean(once), () -> "input: " + text);
    }
  }
}
