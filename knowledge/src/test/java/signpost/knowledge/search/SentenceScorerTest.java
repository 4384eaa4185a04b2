package signpost.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SentenceScorerTest {

  private static final String[] TERMS = {"equal", "duti", "public", "sector", "inclus"};

  @Test
  void scores_every_sentence_exactly_as_lucenes_scorer_does() {
    Random random = new Random(42);
    PassageScorer lucene = new PassageScorer();
    SentenceScorer ours = new SentenceScorer();
    for (int round = 0; round < 2_000; round++) {
      Passage sentence = new Passage();
      int start = random.nextInt(5_000);
      int length = 1 + random.nextInt(400);
      sentence.setStartOffset(start);
      sentence.setEndOffset(start + length);
      int matches = random.nextInt(12);
      for (int i = 0; i < matches; i++) {
        String term = TERMS[random.nextInt(TERMS.length)];
        int at = start + random.nextInt(length);
        sentence.addMatch(at, at + 1, new BytesRef(term), 1 + random.nextInt(9));
      }
      int contentLength = start + length + random.nextInt(5_000);

      assertEquals(lucene.score(sentence, contentLength), ours.score(sentence, contentLength), "round " + round);
    }
  }

  @Test
  void a_sentence_without_matches_scores_zero() {
    Passage sentence = new Passage();
    sentence.setStartOffset(10);
    sentence.setEndOffset(50);

    assertEquals(0f, new SentenceScorer().score(sentence, 100));
  }
}
