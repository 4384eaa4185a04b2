package signpost.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import signpost.knowledge.search.CountedThing.Stated;

class CountedThingTest {

  private final CountedThing contacts = CountedThing.of("how many edi contacts have we got?").orElseThrow();

  @Test
  void a_number_next_to_the_thing_counted_states_the_count() {
    assertEquals(Stated.COUNT, contacts.statedIn("Our workforce: 27 colleagues are EDI Contacts who signpost colleagues."));
    assertEquals(Stated.COUNT, CountedThing.of("how many equality objectives are there").orElseThrow()
        .statedIn("The strategy sets twelve equality objectives in three themes."));
  }

  @Test
  void list_markers_years_ages_and_far_away_numbers_do_not_count() {
    assertEquals(Stated.NOT, contacts.statedIn("Respect@Work Contact meetings.\n5. Empower all colleagues."));
    assertEquals(Stated.NOT, contacts.statedIn("In 2023 we appointed EDI contacts."));
    assertEquals(Stated.NOT, contacts.statedIn("We have 40 apprentices, and in a separate scheme, colleagues elsewhere act as EDI contacts."));
    CountedThing residents = CountedThing.of("how many residents are there?").orElseThrow();
    assertEquals(Stated.NOT, residents.statedIn("Of all residents aged 16+: most are in work."));
    assertEquals(Stated.NOT, residents.statedIn("Residents aged 65 or over are a quarter of the Dales."));
  }

  @Test
  void a_share_of_the_thing_answers_how_many_only_in_part_and_a_count_beside_it_wins() {
    CountedThing residents = CountedThing.of("how many residents does the county have?").orElseThrow();
    assertEquals(Stated.SHARE, residents.statedIn("50.6% of residents are female and 49.4% are male."));
    assertEquals(Stated.COUNT, residents.statedIn("Out of 678,849 residents, 50.6% of residents are female."));
    assertEquals(Stated.COUNT, CountedThing.of("how many staff are disabled?").orElseThrow()
        .statedIn("Of our staff, 7.5% are disabled."), "asked for part of the staff, a share is the answer");
  }

  @Test
  void a_population_is_stated_by_its_total_a_count_of_residents_less_surely_and_never_by_a_share() {
    CountedThing population = CountedThing.of("whats the population of the borough?").orElseThrow();
    assertEquals(Stated.COUNT, population.statedIn("Indicator: Total population; Kestrel Vale: 118,400; England: 56.5m"));
    assertEquals(Stated.SHARE, population.statedIn("Harrowfield has 187,400 residents, living in 21 wards."),
        "a count of residents may be of some of them");
    assertEquals(Stated.NOT, population.statedIn("Just under half of residents (48.7%) are Christian. Muslim residents make "
        + "up 1.6% of the population."), "a share in brackets is a share, its number no count");
  }

  @Test
  void a_share_asked_for_is_the_figure_next_to_the_part_in_a_sentence_naming_the_whole() {
    CountedThing onCall = CountedThing.of("roughly what share of the workforce is on-call?").orElseThrow();
    assertEquals(Stated.COUNT, onCall.statedIn("On-call firefighters make up 32% of our workforce."));
    assertEquals(Stated.NOT, onCall.statedIn("Measure: Women firefighters (wholetime and on-call) 8.4%; 2019 figure: 5.9%"),
        "a figure beside the part but not of the whole asked about");
    assertEquals(Stated.COUNT, CountedThing.of("what percentage of our staff are disabled?").orElseThrow()
        .statedIn("Of all our staff, 7.5% are disabled."));
  }

  @Test
  void the_people_of_a_place_are_its_population_and_a_figure_asked_for_by_name_is_counted() {
    CountedThing residents = CountedThing.of("how many residents does cambridgeshire have?").orElseThrow();
    assertEquals(Stated.COUNT, residents.statedIn("Cambridgeshire has a population of 678,849."));
    CountedThing population = CountedThing.of("population of derbyshire according to the edi strategy?").orElseThrow();
    assertEquals(Stated.COUNT, population.statedIn("Derbyshire has a growing population of over 807,000 people."));
    assertEquals(Stated.NOT, population.statedIn("The county has an older population than England."));
    // Staff are not a place's people: counting them does not look for a population.
    assertEquals(Stated.NOT, CountedThing.of("how many staff do we have?").orElseThrow()
        .statedIn("Cambridgeshire has a population of 678,849."));
  }

  @Test
  void a_question_that_neither_asks_how_many_nor_names_a_figure_counts_nothing() {
    assertTrue(CountedThing.of("who are the edi contacts?").isEmpty());
    assertTrue(CountedThing.of("how is our population changing?").isEmpty());
    assertTrue(CountedThing.of("what's our headcount?").isPresent());
  }
}
