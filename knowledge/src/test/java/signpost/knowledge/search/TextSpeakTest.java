package signpost.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Text-speak written out: question words, and a "2" typed for "to" but never one that counts or numbers. */
class TextSpeakTest {

  @Test
  void a_2_between_words_is_to_but_one_that_counts_or_numbers_something_stays() {
    assertEquals("hw long shld my TAA take to sort?? been waitin ages",
        TextSpeak.twosWrittenOut("hw long shld my TAA take 2 sort?? been waitin ages"));
    assertEquals("do i need to get my stage 2 in by march", TextSpeak.twosWrittenOut("do i need to get my stage 2 in by march"));
    assertEquals("a contribution for over 2 nights", TextSpeak.twosWrittenOut("a contribution for over 2 nights"));
    assertEquals("cut 1 or 2 posts", TextSpeak.twosWrittenOut("cut 1 or 2 posts"));
    assertEquals("need to do, need to discuss", TextSpeak.twosWrittenOut("need 2 do, need 2 discuss"));
    assertEquals("2 years on", TextSpeak.twosWrittenOut("2 years on"));
  }

  @Test
  void the_words_either_side_decide() {
    assertTrue(TextSpeak.twoMeansTo("need", "do"));
    assertFalse(TextSpeak.twoMeansTo("option", "was"));
    assertFalse(TextSpeak.twoMeansTo("cut", "years"));
    assertFalse(TextSpeak.twoMeansTo("over", "sessions"));
  }

  @Test
  void question_words_typed_as_text_speak_are_written_out() {
    assertEquals("what's our disability pay gap", TextSpeak.writtenOut("wots our disability pay gap"));
  }
}
