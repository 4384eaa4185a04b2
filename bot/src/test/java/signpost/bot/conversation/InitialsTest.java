package signpost.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InitialsTest {

  @Test
  void initials_of_a_name_written_earlier_are_read_as_the_name() {
    assertEquals("how long before the Chief Officer Group meeting should I have started?",
        Initials.expand("how long before the COG meeting should I have started?", "the Chief Officer Group"));
  }

  @Test
  void joining_words_of_a_name_have_no_initial() {
    assertEquals("what does the Skills and Employment Committee want to see?",
        Initials.expand("what does the SEC want to see?", "The Skills and Employment Committee decides in June."));
  }

  @Test
  void initials_of_no_name_written_earlier_stay_as_they_are() {
    assertEquals("should the IAG see it first?", Initials.expand("should the IAG see it first?",
        "We haven't spoken to the Muslim Police Association yet."));
  }

  @Test
  void a_name_never_runs_on_into_the_next_line() {
    // "Chief Officer Group" then "It would apply ..." on the next line is no "COGI".
    assertEquals("before the Chief Officer Group meets?",
        Initials.expand("before the COG meets?", "the Chief Officer Group\nIt would apply in all four suites."));
  }
}
