package signpost.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganisationNamesTest {

  private final OrganisationNames names = new OrganisationNames(Map.of(
      "cambridgeshire", List.of("Cambridgeshire County Council"),
      "derby-city", List.of("Derby City Council"),
      "derbyshire", List.of("Derbyshire County Council")));

  @Test
  void a_known_organisation_is_recognised_by_its_short_name_in_any_case_and_possessive() {
    assertEquals(Set.of("cambridgeshire"), names.in("Who ran CAMBRIDGESHIRE's action plan?").known());
    assertEquals(Set.of("derbyshire"), names.in("population of derbyshire per the strategy").known());
  }

  @Test
  void a_known_organisation_is_recognised_by_its_full_name_or_id() {
    assertEquals(Set.of("derby-city"), names.in("what did derby city council's peer team find").known());
    assertEquals(Set.of("derby-city"), names.in("who came to Derby City in 2011?").known());
    assertEquals(Optional.empty(), names.in("what did derby city council's peer team find").unknown());
  }

  @Test
  void an_organisation_is_recognised_by_its_initials_unless_another_shares_them() {
    assertEquals(Set.of("cambridgeshire"), names.in("or is that just a CCC thing?").known());
    assertEquals(Set.of(), names.in("is that a DCC policy?").known(), "Derby City and Derbyshire County are both DCC");
    assertEquals(Set.of(), names.in("the ccca rules").known(), "whole words only");
  }

  @Test
  void the_rest_of_the_question_leaves_out_the_known_names_which_only_choose_where_to_look() {
    assertEquals("who came to   in 2011?", names.in("who came to Derby City Council in 2011?").rest());
    assertEquals("is the plan fair?", names.in("is the plan fair?").rest());
  }

  @Test
  void the_askers_own_body_named_by_its_kind_is_their_organisation() {
    OrganisationNames.Named borough = names.in("whats the population of the borough?", "derbyshire");
    assertEquals(Set.of("derbyshire"), borough.known());
    assertEquals("whats the population of  ?", borough.rest());
    assertEquals(Set.of("derbyshire"), names.in("how diverse is our county", "derbyshire").known());
    assertEquals(Set.of(), names.in("whats the population of the borough?", null).known(), "no asker, no organisation");
    assertEquals(Set.of("derby-city"), names.in("does Derby City share the county's view?", "derbyshire").known(),
        "an organisation named is the one asked about");
    assertEquals(Set.of(), names.in("what did the council's cabinet decide?", "derbyshire").known(),
        "a body's own part is not it");
    assertEquals(Set.of(), names.in("is the council tax going up?", "derbyshire").known(), "nor a thing of it");
  }

  @Test
  void a_council_named_in_the_usual_way_that_is_not_known_is_reported() {
    assertEquals(Optional.of("nottinghamshire county council"),
        names.in("what are nottinghamshire county council's equality objectives?").unknown());
    assertEquals(Optional.of("leeds city council"), names.in("Is Leeds City Council a member?").unknown());
    assertEquals(Optional.of("sherwood forest hospitals nhs foundation trust"),
        names.in("does sherwood forest hospitals nhs foundation trust have a network").unknown());
  }

  @Test
  void a_council_described_rather_than_named_is_neither_known_nor_unknown() {
    OrganisationNames.Named named = names.in("when did the county council and our city council sign it off?");

    assertEquals(Set.of(), named.known());
    assertEquals(Optional.empty(), named.unknown());
  }

  @Test
  void a_name_is_matched_as_whole_words_so_derbyshire_is_not_derby() {
    assertEquals(Set.of("derbyshire"), names.in("derbyshire's strategy").known());
  }
}
