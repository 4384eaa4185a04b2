package signpost.knowledge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

  @Test
  void abbreviations_and_initials_end_no_sentence() {
    assertEquals(List.of("Partners help, e.g. Derby County FC and Cllr. J. Whelan of Lambeth.",
        "The team met on 23 March."),
        Sentences.sentences("Partners help, e.g. Derby County FC and Cllr. J. Whelan of Lambeth. The team met on 23 March."));
  }

  @Test
  void long_text_is_cut_between_sentences_and_never_inside_an_abbreviation() {
    String first = "Examples of our work include partners, e.g. Derby County FC, and schools. ";
    String text = first.repeat(3) + "The strategy was approved by Full Council on 18 July 2023.";
    for (String piece : Sentences.split(text, 160)) {
      assertTrue(piece.endsWith("schools.") || piece.endsWith("2023."), piece);
    }
  }

  @Test
  void a_sentence_too_long_for_a_piece_keeps_figures_with_their_units_and_dates_whole() {
    String text = "The strategy that sets out our approach to equality was approved by Full Council on 18 July 2023 "
        + "and the mean gender pay gap was 8.8 % in favour of men";
    for (int max = 60; max <= 110; max++) {
      String joined = String.join("|", Sentences.split(text, max));
      assertTrue(!joined.contains("18|") && !joined.contains("July|2023") && !joined.contains("8.8|"), max + ": " + joined);
    }
  }
}
