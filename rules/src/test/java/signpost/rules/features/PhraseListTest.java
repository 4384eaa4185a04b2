package signpost.rules.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import signpost.rules.RulesException;

class PhraseListTest {

  private static PhraseList<Characteristic> parse(String text) throws IOException {
    return PhraseList.parse("test.txt", new BufferedReader(new StringReader(text)), Characteristic.class);
  }

  @Test
  void unknown_section_names_the_file_and_line() {
    RulesException e = assertThrows(RulesException.class, () -> parse("# comment\n[AGE]\nolder people\n\n[HEIGHT]\ntall\n"));

    assertTrue(e.getMessage().startsWith("test.txt:5: unknown section [HEIGHT]; expected one of [AGE, DISABILITY, "),
        e.getMessage());
  }

  @Test
  void phrase_before_any_section_names_the_file_and_line() {
    RulesException e = assertThrows(RulesException.class, () -> parse("# comment\n\nolder people\n[AGE]\n"));

    assertEquals("test.txt:3: phrase before any [SECTION]: older people", e.getMessage());
  }

  @Test
  void section_names_may_be_lower_case_with_spaces_or_dashes() throws IOException {
    PhraseList<Characteristic> list = parse("[sexual orientation]\ngay\n[religion-or-belief]\nfaith\n");

    assertEquals(Set.of(Characteristic.SEXUAL_ORIENTATION, Characteristic.RELIGION_OR_BELIEF), list.find("gay faith"));
  }

  @Test
  void phrase_matches_whole_words_only() throws IOException {
    PhraseList<Characteristic> list = parse("[AGE]\nage\n");

    assertEquals(Set.of(), list.find("Ask your manager about the page"));
    assertEquals(Set.of(Characteristic.AGE), list.find("Is age a protected characteristic?"));
  }

  @Test
  void phrase_of_several_words_matches_across_punctuation_and_case() throws IOException {
    PhraseList<Characteristic> list = parse("[AGE]\nolder people\n");

    assertEquals(Set.of(Characteristic.AGE), list.find("Services for OLDER, people"));
    assertEquals(Set.of(), list.find("older staff and people"));
  }

  @Test
  void phrase_ending_in_a_star_matches_longer_words() throws IOException {
    PhraseList<Characteristic> list = parse("[RACE]\ndiscriminat*\n");

    assertEquals(Set.of(Characteristic.RACE), list.find("I was discriminated against"));
    assertEquals(Set.of(Characteristic.RACE), list.find("discrimination"));
    assertEquals(Set.of(), list.find("nondiscriminatory wording"));
  }

  @Test
  void apostrophes_are_dropped_from_question_and_phrase() throws IOException {
    PhraseList<Characteristic> list = parse("[AGE]\nwhats\n[SEX]\nwomen's\n");

    assertEquals(Set.of(Characteristic.AGE), list.find("what's"));
    assertEquals(Set.of(Characteristic.AGE), list.find("What\u2019s this?"));
    assertEquals(Set.of(Characteristic.SEX), list.find("the womens network"));
  }

  @Test
  void matches_lists_every_phrase_found_with_its_section() throws IOException {
    PhraseList<Characteristic> list = parse("[AGE]\nolder people\nelderly\n[DISABILITY]\nwheelchair*\n");

    assertEquals(List.of("AGE: older people", "DISABILITY: wheelchair"),
        list.matches("older people and wheelchair users"));
  }

  @Test
  void missing_resource_is_named() {
    RulesException e = assertThrows(RulesException.class, () -> PhraseList.load("/no/such.txt", Characteristic.class));

    assertEquals("missing phrase list /no/such.txt", e.getMessage());
  }
}
