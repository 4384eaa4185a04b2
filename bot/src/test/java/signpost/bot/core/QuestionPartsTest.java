package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A message asking two questions at once is split into them; one question, however long, is not. */
class QuestionPartsTest {

  @Test
  void questions_after_a_question_mark_are_parts_of_their_own() {
    assertEquals(List.of("How do I join the disability network?", "can I go to the meetings in work time?"),
        QuestionParts.of("How do I join the disability network? And can I go to the meetings in work time?"));
  }

  @Test
  void and_before_a_question_word_starts_another_question_in_text_speak_too() {
    // The first is a question too, though the mark is the second's: a search reads the sentence before a question's as
    // the situation it is asked in, so the first keeps its own mark.
    assertEquals(List.of("how many EDI champions have we got?", "how much time would I need to give?"),
        QuestionParts.of("how many EDI champions have we got and how much time would I need to give?"));
    assertEquals(List.of("wots the vacancy factor in the budget?", "how do they work it out"),
        QuestionParts.of("wots the vacancy factor in the budget n how do they work it out"));
    assertEquals(List.of("wots our ethnicity pay gap?", "wat % of staff r disabled"),
        QuestionParts.of("wots our ethnicity pay gap and wat % of staff r disabled"));
    assertEquals(List.of("which senior manager is accountable for the workforce objective?",
        "who runs the have a go days for women?"), QuestionParts.of("which senior manager is accountable for the workforce"
        + " objective, and separately who runs the have a go days for women?"));
  }

  @Test
  void a_short_question_asks_of_the_one_before() {
    assertEquals(List.of("who owns the hate crime centres action?", "what's the target number?"),
        QuestionParts.of("who owns the hate crime centres action and what's the target number? our library might sign up"));
    assertTrue(QuestionParts.asksOfTheOneBefore("what's the target number?"));
    assertFalse(QuestionParts.asksOfTheOneBefore("how much notice do they need for a BSL interpreter?"));
  }

  @Test
  void a_question_of_it_asks_of_the_one_before() {
    assertEquals(List.of("whats our awarding gap between black and white students?",
            "is it actually getting any better or not"),
        QuestionParts.of("whats our awarding gap between black and white students? is it actually getting any better or not"));
    assertTrue(QuestionParts.asksOfTheOneBefore("is it actually getting any better or not"));
    assertTrue(QuestionParts.asksOfTheOneBefore("and when is it meant to be done?"));
    assertFalse(QuestionParts.asksOfTheOneBefore("when does it need to be with the equality team?"), "it names what");
    assertFalse(QuestionParts.asksOfTheOneBefore("is there a network for carers I could join at work?"));
  }

  @Test
  void and_the_other_one_asks_the_question_again_of_something_else() {
    assertEquals(List.of("wots our disability pay gap?", "the ethnicity one?", "need both for a report pls"),
        QuestionParts.of("wots our disability pay gap and the ethnicity one? need both for a report pls"));
  }

  @Test
  void a_sentence_telling_of_the_asker_or_someone_near_asks_nothing_of_its_own() {
    assertEquals(List.of("is the pride network just for lgbt staff?", "who actually runs it"),
        QuestionParts.of("is the pride network just for lgbt staff? my mate wants to come with me. and who actually runs it"));
    assertEquals(List.of("is the pride network just for lgbt staff?", "my mate wants to know who runs it"),
        QuestionParts.of("is the pride network just for lgbt staff? my mate wants to know who runs it"),
        "a sentence with a question word in it asks");
  }

  @Test
  void or_before_a_question_of_someone_else_asks_another() {
    assertEquals(List.of("is the pride network just for lgbt staff?", "can allies go too?"),
        QuestionParts.of("is the pride network just for lgbt staff or can allies go too?"));
    assertEquals(List.of(), QuestionParts.of("do I need a full EqIA or can I just do a screening?"),
        "the asker's own alternative is one question");
    assertEquals(List.of(), QuestionParts.of("does that need an EqIA or is it fine because it's an EDI thing anyway?"),
        "an alternative of the same thing is one question");
    assertEquals(List.of(), QuestionParts.of("is it Pride or LGBT network?"), "or between two names splits nothing");
  }

  @Test
  void one_question_is_no_parts() {
    assertEquals(List.of(), QuestionParts.of("What are the equality objectives for the workforce and communities themes?"));
    assertEquals(List.of(), QuestionParts.of("Who signs off an EqIA?"));
    assertEquals(List.of(), QuestionParts.of("Who advises on EqIAs? why?"), "a part too short to search alone");
  }

  @Test
  void ones_standing_for_the_thing_asked_before_is_told_from_someone_and_no_one() {
    assertTrue(QuestionParts.standsForTheOneBefore("have we added any extra ones of our own?"));
    assertTrue(QuestionParts.standsForTheOneBefore("and the ethnicity one?"));
    assertFalse(QuestionParts.standsForTheOneBefore("is there no one to ask?"));
    assertFalse(QuestionParts.standsForTheOneBefore("who chairs the network?"));
  }

  @Test
  void the_one_the_asker_would_become_or_join_stands_for_the_thing_asked_before() {
    assertTrue(QuestionParts.standsForTheOneBefore("how much time would I need to give if I signed up to be one?"));
    assertTrue(QuestionParts.standsForTheOneBefore("how do we go about setting up one?"));
    assertFalse(QuestionParts.standsForTheOneBefore("could I be one of the panel members?"));
  }

  @Test
  void the_asking_clause_of_a_message_that_tells_its_story_first_is_found() {
    assertEquals(java.util.Optional.of("how do I get a BSL interpreter sorted?"), QuestionParts.asked("I've got a deaf"
        + " complainant coming in for a meeting about her case in a couple of weeks, how do I get a BSL interpreter sorted?"));
    assertEquals(java.util.Optional.of("can we get an interpreter for her?"), QuestionParts.asked("theres a lady at"
        + " reception who only speaks arabic. can we get an interpreter for her?"));
    assertEquals(java.util.Optional.empty(), QuestionParts.asked("how do I book a BSL interpreter?"), "all of it asks");
    assertEquals(java.util.Optional.empty(), QuestionParts.asked("my pay is wrong, who do i ask?"), "too short alone");
  }
}
