package signpost.knowledge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EdiAnalyzerTest {

  private static final EdiAnalyzer QUESTIONS = EdiAnalyzer.forQuestions(Synonyms.build(List.of()));

  @Test
  void indexing_drops_english_stop_words_and_stems() {
    assertEquals(List.of("council", "assess", "impact", "servic"),
        Tokens.of(EdiAnalyzer.forIndexing(), "The Councils are assessing the impacts of services"));
  }

  @Test
  void indexing_drops_possessives_and_lower_cases() {
    assertEquals(List.of("council", "librari"), Tokens.of(EdiAnalyzer.forIndexing(), "COUNCIL'S Libraries"));
  }

  @Test
  void accents_are_folded_so_a_word_typed_without_them_finds_it() {
    assertEquals(List.of("menopaus", "cafe"), Tokens.of(EdiAnalyzer.forIndexing(), "Menopause Café"));
    assertTrue(Tokens.of(QUESTIONS, "menopause cafe").contains("cafe"));
    assertEquals(List.of("cafe"), Tokens.of(EdiAnalyzer.forIndexing(), PassageFields.WORDS, "Café"));
  }

  @Test
  void indexing_keeps_question_words_that_questions_drop() {
    assertEquals(List.of("what", "how", "librari"), Tokens.of(EdiAnalyzer.forIndexing(), "what how libraries"));
    assertEquals(List.of("librari"), Tokens.of(QUESTIONS, "What's how libraries"));
  }

  @Test
  void a_per_cent_sign_is_read_as_the_word_so_a_share_asked_for_finds_it() {
    assertEquals(List.of("19.2", "percent", "resid", "disabl"), Tokens.of(EdiAnalyzer.forIndexing(), "19.2% of residents are disabled"));
    assertEquals(List.of("19.2", "residents"), Tokens.of(EdiAnalyzer.forIndexing(), PassageFields.WORDS, "19.2% residents"));
  }

  @Test
  void question_drops_words_that_say_how_it_is_asked() {
    assertEquals(List.of("librari", "open"), Tokens.of(QUESTIONS, "Can you tell me when do libraries open?"));
    assertEquals(List.of("peer", "challeng", "report"), Tokens.of(QUESTIONS, "What did the peer challenge say in its report?"));
  }

  @Test
  void question_drops_again_and_is_it_true_which_ask_nothing_of_their_own() {
    assertEquals(List.of("review", "plan"), Tokens.of(QUESTIONS, "when is the review of the plan again?"));
    assertEquals(List.of("region", "network"), Tokens.of(QUESTIONS, "is it true we've still got regional networks?"));
    assertEquals(List.of("outcom"), Tokens.of(QUESTIONS, "what are the possible outcomes?"));
  }

  @Test
  void on_top_of_in_a_question_asks_nothing_but_the_top_of_a_band_is_a_word() {
    List<String> extra = Tokens.of(QUESTIONS, "what are the extra groups on top of the protected characteristics?");
    assertTrue(extra.containsAll(List.of("extra", "group", "protect", "characterist")) && !extra.contains("top"),
        extra.toString());
    assertTrue(Tokens.of(QUESTIONS, "what's the top of band 6?").contains("top"));
    assertEquals(List.of("top", "extra", "group"), Tokens.of(EdiAnalyzer.forIndexing(), "on top of extra groups"),
        "passages keep their words");
  }

  @Test
  void a_fire_rank_as_crews_write_it_is_the_rank_written_out() {
    List<String> rank = Tokens.of(QUESTIONS, "is it still GM Thackeray?");
    assertTrue(rank.containsAll(List.of("gm", "group", "manag", "thackerai")), rank.toString());
  }

  @Test
  void a_ned_is_a_non_executive_director() {
    List<String> ned = Tokens.of(QUESTIONS, "which NED is the board's champion?");
    assertTrue(ned.containsAll(List.of("ned", "non", "execut", "director")), ned.toString());
  }

  @Test
  void a_shared_inbox_asked_for_is_the_email_address_documents_write() {
    List<String> inbox = Tokens.of(QUESTIONS, "is there a shared inbox?");
    assertTrue(inbox.contains("email") && inbox.contains("inbox"), inbox.toString());
  }

  @Test
  void question_drops_how_the_asker_wants_it_put_but_not_english_as_a_subject() {
    assertEquals(List.of("due", "regard"), Tokens.of(QUESTIONS, "Explain due regard in plain English please"));
    assertEquals(List.of("posit", "action"), Tokens.of(QUESTIONS, "positive action in layman's terms?"));
    List<String> simply = Tokens.of(QUESTIONS, "reasonable adjustments, in simple terms");
    assertTrue(simply.contains("adjust") && !simply.contains("simpl") && !simply.contains("term"), simply.toString());
    assertTrue(Tokens.of(QUESTIONS, "Are there English classes for refugees?").contains("english"), "English as a subject");
    assertTrue(Tokens.of(QUESTIONS, "What are the terms of reference of the EDI board?").contains("term"), "terms as a subject");
    assertEquals(List.of("posit", "action"), Tokens.of(QUESTIONS, "the short version of positive action?"));
    assertTrue(Tokens.of(QUESTIONS, "Are short breaks for carers changing?").contains("short"), "short as a subject");
  }

  @Test
  void question_drops_asking_for_something_but_not_giving_as_a_subject() {
    List<String> shown = Tokens.of(QUESTIONS, "show me the workforce objectives");
    assertTrue(shown.contains("workforc") && !shown.contains("show"), shown.toString());
    List<String> given = Tokens.of(QUESTIONS, "gimme the peer support groups");
    assertTrue(given.contains("peer") && !given.contains("gimm"), given.toString());
    assertTrue(Tokens.of(QUESTIONS, "how do staff give feedback?").contains("give"), "giving as a subject");
  }

  @Test
  void question_drops_a_judgement_and_the_doing_of_sorting_out() {
    assertEquals(List.of("posit", "action"), Tokens.of(QUESTIONS, "positive action is fine??"));
    List<String> sorting = Tokens.of(QUESTIONS, "who's in charge of sorting out changing rooms");
    assertTrue(sorting.containsAll(List.of("chang", "room")) && !sorting.contains("sort"), sorting.toString());
    assertTrue(Tokens.of(QUESTIONS, "can we be fined?").contains("fine"), "a penalty is still asked about");
  }

  @Test
  void eqia_in_a_question_also_stands_for_equality_impact_assessment() {
    List<String> terms = Tokens.of(QUESTIONS, "EqIA");

    assertTrue(terms.containsAll(List.of("eqia", "equal", "impact", "assess")), terms.toString());
  }

  @Test
  void equality_impact_assessment_in_a_question_also_stands_for_eqia() {
    List<String> terms = Tokens.of(QUESTIONS, "equality impact assessment");

    assertTrue(terms.containsAll(List.of("eqia", "equal", "impact", "assess")), terms.toString());
  }

  @Test
  void questions_without_synonyms_analyse_like_passages_apart_from_question_words() {
    EdiAnalyzer plain = EdiAnalyzer.forQuestions(new org.apache.lucene.analysis.synonym.SynonymMap(null, null, 0));

    assertEquals(List.of("eqia"), Tokens.of(plain, "What is an EqIA?"));
  }
}
