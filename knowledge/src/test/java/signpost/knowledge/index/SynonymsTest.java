package signpost.knowledge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymsTest {

  @Test
  void learned_acronym_stands_for_its_long_form_in_questions() {
    EdiAnalyzer questions = EdiAnalyzer.forQuestions(
        Synonyms.build(List.of(new Acronym("LGA", "Local Government Association"))));

    List<String> terms = Tokens.of(questions, "LGA");

    assertTrue(terms.containsAll(List.of("lga", "local", "govern", "associ")), terms.toString());
  }

  @Test
  void a_thing_looked_at_again_is_reviewed_and_moving_team_is_changing_role() {
    EdiAnalyzer questions = EdiAnalyzer.forQuestions(Synonyms.build(List.of()));

    assertTrue(Tokens.of(questions, "how often does it get looked at").contains("review"), Tokens.of(questions, "how often does it get looked at").toString());
    assertTrue(Tokens.of(questions, "if I move to another team").containsAll(List.of("chang", "role")),
        Tokens.of(questions, "if I move to another team").toString());
    assertTrue(Tokens.of(questions, "are finished ones made public").containsAll(List.of("complet", "publish")),
        Tokens.of(questions, "are finished ones made public").toString());
  }

  @Test
  void a_question_with_a_word_of_a_class_still_finds_its_other_words() {
    EdiAnalyzer questions = EdiAnalyzer.forQuestions(Synonyms.build(List.of()));

    assertTrue(Tokens.of(questions, "any extra characteristics").containsAll(List.of("addit", "characterist")),
        Tokens.of(questions, "any extra characteristics").toString());
  }

  @Test
  void unlearned_acronym_stays_itself() {
    EdiAnalyzer questions = EdiAnalyzer.forQuestions(Synonyms.build(List.of()));

    assertEquals(List.of("lga"), Tokens.of(questions, "LGA"));
  }

  @Test
  void long_form_of_a_learned_acronym_also_stands_for_the_acronym() {
    EdiAnalyzer questions = EdiAnalyzer.forQuestions(
        Synonyms.build(List.of(new Acronym("LGA", "Local Government Association"))));

    assertTrue(Tokens.of(questions, "local government association").contains("lga"));
  }

  @Test
  void any_name_of_an_eqia_also_asks_for_an_organisations_own_name_for_it() {
    EdiAnalyzer questions = EdiAnalyzer.forQuestions(
        Synonyms.build(List.of(new Acronym("EA", "Equality Analysis"), new Acronym("ECIA", "Equality and Community Impact Assessment"))));

    List<String> paperwork = Tokens.of(questions, "do I need equality paperwork for this");
    List<String> ecia = Tokens.of(questions, "does this need an ECIA");

    assertTrue(paperwork.containsAll(List.of("eqia", "ea", "ecia", "commun")), paperwork.toString());
    assertTrue(ecia.containsAll(List.of("ecia", "commun")) && !ecia.contains("eqia"), ecia.toString());
  }

  @Test
  void an_acronym_of_anything_else_stays_off_the_eqia_line() {
    EdiAnalyzer questions = EdiAnalyzer.forQuestions(
        Synonyms.build(List.of(new Acronym("EA", "Environment Agency"), new Acronym("EDA", "Equality Data Audit"))));

    List<String> terms = Tokens.of(questions, "do I need an eqia");

    assertTrue(!terms.contains("ea") && !terms.contains("eda"), terms.toString());
  }

  @Test
  void everyday_words_are_asked_in_the_words_documents_use() {
    EdiAnalyzer questions = EdiAnalyzer.forQuestions(Synonyms.build(List.of()));

    List<String> exempt = Tokens.of(questions, "is anyone let off paying");
    List<String> portfolio = Tokens.of(questions, "which councillor has equalities in their portfolio");

    assertTrue(exempt.contains("exempt"), exempt.toString());
    assertTrue(portfolio.containsAll(List.of("cabinet", "member")), portfolio.toString());
    List<String> polish = Tokens.of(questions, "can I get a letter translated into polish");
    assertTrue(polish.containsAll(List.of("polish", "languag")), polish.toString());
    List<String> van = Tokens.of(questions, "what day does the engagement van come to Fenholt?");
    assertTrue(van.containsAll(List.of("van", "vehicl")), van.toString());
    List<String> vehicle = Tokens.of(questions, "is the vehicle accessible?");
    assertFalse(vehicle.contains("van"), "not every vehicle is a van: " + vehicle);
  }

  @Test
  void choosing_a_duty_is_asked_in_the_words_documents_use_for_it_adopting_it() {
    EdiAnalyzer questions = EdiAnalyzer.forQuestions(Synonyms.build(List.of()));

    List<String> terms = Tokens.of(questions, "did we choose to");

    assertTrue(terms.contains("adopt"), terms.toString());
  }

  @Test
  void who_advises_is_asked_in_the_words_documents_use_who_gives_advice() {
    EdiAnalyzer questions = EdiAnalyzer.forQuestions(Synonyms.build(List.of()));

    List<String> terms = Tokens.of(questions, "who advises on EqIAs");

    assertTrue(terms.contains("advic"), terms.toString());
  }
}
