package signpost.knowledge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymLearnerTest {

  private static List<Acronym> learn(String... texts) {
    AcronymLearner learner = new AcronymLearner();
    for (String text : texts) learner.read(text);
    return learner.acronyms();
  }

  @Test
  void acronym_is_learned_with_the_words_whose_initials_it_spells() {
    assertEquals(List.of(new Acronym("EqIA", "Equality Impact Assessment")),
        learn("Every decision needs an Equality Impact Assessment (EqIA) before it goes to committee."));
  }

  @Test
  void linking_words_and_commas_do_not_count_as_initials() {
    assertEquals(List.of(new Acronym("EDI", "Equality Diversity and Inclusion")),
        learn("Our Equality, Diversity and Inclusion (EDI) strategy sets four themes."));
  }

  @Test
  void a_long_abbreviation_may_leave_one_inner_word_without_its_letter() {
    assertEquals(List.of(new Acronym("EHIA", "Equality and Health Inequalities Impact Assessment")),
        learn("Complete an Equality and Health Inequalities Impact Assessment (EHIA) before the change."));
    assertEquals(List.of(), learn("Ask the Equality Health Impact Assessment (EIA) team."),
        "a short one still spells its words exactly");
    assertEquals(List.of(), learn("See the Safety Executive Annual Report Group (SEAR)."),
        "the first and last letters are the first and last words'");
  }

  @Test
  void a_hyphenated_word_gives_a_letter_for_each_part() {
    assertEquals(List.of(new Acronym("PAC", "Pre-assessment check")),
        learn("Every change starts with a Pre-assessment check (PAC) by the lead officer."));
  }

  @Test
  void a_table_of_abbreviations_defines_them_by_their_meanings() {
    assertEquals(List.of(new Acronym("PAC", "Pre-assessment check"), new Acronym("HoRS", "Head of Regulatory Services")),
        learn("Abbreviation: PAC; Meaning: Pre-assessment check (stage 1 of an FEA, form FEA1)",
            "Abbreviation: FEA2; Meaning: Full FEA form (stage 2)",
            "Abbreviation: HoRS; Meaning: Head of Regulatory Services"));
  }

  @Test
  void year_in_brackets_is_not_learned() {
    assertEquals(List.of(), learn("The Equality Act (2010) and the strategy (2023) apply."));
  }

  @Test
  void lower_case_aside_in_brackets_is_not_learned() {
    assertEquals(List.of(), learn("The contacts are listed in the annex (see below)."));
  }

  @Test
  void acronym_is_learned_only_when_initials_match() {
    assertEquals(List.of(), learn("Ask the Local Government Association (EDI) for help."));
  }

  @Test
  void acronym_defined_twice_is_learned_once_in_order_first_seen() {
    assertEquals(List.of(new Acronym("LGA", "Local Government Association"),
            new Acronym("EqIA", "Equality Impact Assessment")),
        learn("The Local Government Association (LGA) advises.",
            "An Equality Impact Assessment (EqIA) is due. The Local Government Association (LGA) agrees."));
  }
}
