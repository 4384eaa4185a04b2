package signpost.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CountedThingTest {

  private final CountedThing contacts = CountedThing.of("how many edi contacts have we got?").orElseThrow();

  @Test
  void a_number_next_to_the_thing_counted_states_the_count() {
    assertTrue(contacts.statedIn("Our workforce: 27 colleagues are EDI Contacts who signpost colleagues."));
    assertTrue(CountedThing.of("how many equality objectives are there").orElseThrow()
        .statedIn("The strategy sets twelve equality objectives in three themes."));
  }

  @Test
  void list_markers_years_and_far_away_numbers_do_not_count() {
    assertFalse(contacts.statedIn("Respect@Work Contact meetings.\n5. Empower all colleagues."));
    assertFalse(contacts.statedIn("In 2023 we appointed EDI contacts."));
    assertFalse(contacts.statedIn("We have 40 apprentices, and in a separate scheme, colleagues elsewhere act as EDI contacts."));
  }

  @Test
  void a_question_that_does_not_ask_how_many_counts_nothing() {
    assertTrue(CountedThing.of("who are the edi contacts?").isEmpty());
  }
}
