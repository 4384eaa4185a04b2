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
    return parse(text, Characteristic.class);
  }

  private static <E extends Enum<E>> PhraseList<E> parse(String text, Class<E> type) throws IOException {
    return PhraseList.parse("test.txt", new BufferedReader(new StringReader(text)), type);
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
  void phrase_of_several_words_matches_across_case_and_hyphens_but_not_across_a_clause() throws IOException {
    PhraseList<Characteristic> list = parse("[AGE]\nolder people\n");

    assertEquals(Set.of(Characteristic.AGE), list.find("Services for OLDER-people"));
    assertEquals(Set.of(), list.find("Services for the older, people said"));
    assertEquals(Set.of(), list.find("older staff and people"));
  }

  @Test
  void words_match_by_their_english_stem() throws IOException {
    PhraseList<Activity> list = parse("[REDUCE_OR_STOP]\nshut\n[PROCUREMENT]\nprocurement\n", Activity.class);

    assertEquals(Set.of(Activity.REDUCE_OR_STOP), list.find("shutting the Tuesday drop-in"));
    assertEquals(Set.of(Activity.PROCUREMENT), list.find("we're procuring a new system"));
    assertEquals(Set.of(), list.find("a shuttle bus"));
  }

  @Test
  void a_prefix_with_a_long_stem_also_matches_other_forms_of_the_word() throws IOException {
    PhraseList<Activity> list = parse("[PROCUREMENT]\nprocure*\n[REDUCE_OR_STOP]\nclos*\n", Activity.class);

    assertEquals(Set.of(Activity.PROCUREMENT), list.find("procuring"));
    assertEquals(Set.of(Activity.REDUCE_OR_STOP), list.find("closing"));
    assertEquals(Set.of(), list.find("new clothes"), "clos* has too short a stem to match by it");
  }

  @Test
  void a_gap_stands_for_up_to_four_words_of_the_same_clause() throws IOException {
    PhraseList<Activity> list = parse("[PROCUREMENT]\nhand* ... over\n", Activity.class);

    assertEquals(Set.of(Activity.PROCUREMENT), list.find("handing five small libraries over to volunteers"));
    assertEquals(Set.of(Activity.PROCUREMENT), list.find("hand it over"));
    assertEquals(Set.of(Activity.PROCUREMENT), list.find("handing all five village libraries over"));
    assertEquals(Set.of(), list.find("handing the keys of all five libraries over"), "five words are too many");
    assertEquals(Set.of(), list.find("handing in the form. Over the year"));
  }

  @Test
  void an_exception_keeps_its_sections_phrases_from_counting_where_it_matches() throws IOException {
    PhraseList<Activity> list = parse("[REDUCE_OR_STOP]\nstop*\n-extra stop\n-bus stop\n", Activity.class);

    assertEquals(Set.of(), list.find("adding an extra stop to the route"));
    assertEquals(Set.of(), list.find("moving the bus stop"));
    assertEquals(Set.of(Activity.REDUCE_OR_STOP), list.find("moving the bus stop and stopping the late service"));
  }

  @Test
  void a_negated_list_ignores_a_phrase_denied_shortly_before_it_in_its_clause() throws IOException {
    PhraseList<Activity> list = parse("[REDUCE_OR_STOP]\ncut*\n[OTHER_CHANGE]\nchang*\n", Activity.class).negated();

    assertEquals(Set.of(), list.find("we're not cutting anything"));
    assertEquals(Set.of(), list.find("renaming the team, nothing else is changing"));
    assertEquals(Set.of(Activity.REDUCE_OR_STOP), list.find("no new posts, and we are cutting the budget"));
    assertEquals(Set.of(Activity.REDUCE_OR_STOP), parse("[REDUCE_OR_STOP]\ncut*\n", Activity.class).find("not cutting"),
        "only a negated list looks for denials");
  }

  @Test
  void an_exact_list_matches_words_as_written_not_by_stem() throws IOException {
    PhraseList<Activity> list = parse("[OTHER_CHANGE]\nequalities\n", Activity.class);

    assertEquals(Set.of(Activity.OTHER_CHANGE), list.find("our equality objectives"), "equality shares the stem of equalities");
    assertEquals(Set.of(), list.exact().find("our equality objectives"));
    assertEquals(Set.of(Activity.OTHER_CHANGE), list.exact().find("anything on equalities?"));
  }

  @Test
  void a_phrase_without_a_word_names_the_file_and_line() {
    RulesException e = assertThrows(RulesException.class, () -> parse("[AGE]\nolder\n...\n"));

    assertEquals("test.txt:3: a phrase needs a word: ...", e.getMessage());
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

    assertEquals(List.of("AGE: older people", "DISABILITY: wheelchair*"),
        list.matches("older people and wheelchair users"));
  }

  @Test
  void missing_resource_is_named() {
    RulesException e = assertThrows(RulesException.class, () -> PhraseList.load("/no/such.txt", Characteristic.class));

    assertEquals("missing phrase list /no/such.txt", e.getMessage());
  }
}
