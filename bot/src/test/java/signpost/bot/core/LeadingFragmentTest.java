package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A quote does not open with the tail of a sentence whose start is elsewhere, as PDF infographics leave them. */
class LeadingFragmentTest {

  @Test
  void lines_opening_in_lower_case_before_a_readable_line_are_left_out() {
    assertEquals("Super Users there to sign off and provide advice on all EqIAs",
        Composer.withoutLeadingFragment("equivalent is 3,590\nSuper Users there to sign off and provide advice on all EqIAs"));
  }

  @Test
  void a_text_of_one_line_and_a_text_opening_in_capitals_are_kept_whole() {
    assertEquals("equivalent is 3,590", Composer.withoutLeadingFragment("equivalent is 3,590"));
    assertEquals("The groups meet in work hours.\nthey are open to all.",
        Composer.withoutLeadingFragment("The groups meet in work hours.\nthey are open to all."));
  }
}
