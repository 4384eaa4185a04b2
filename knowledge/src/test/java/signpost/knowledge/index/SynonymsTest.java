package signpost.knowledge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
