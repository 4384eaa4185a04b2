package signpost.knowledge.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Scores the highlighter's candidate sentences with the same sums as {@link PassageScorer}, in the same
 * order, but without the term hash (32 KB of pool) it allocates for every sentence: a sentence matches
 * a handful of terms, so repeats are found by scanning the distinct ones seen so far.
 */
final class SentenceScorer extends PassageScorer {

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    int[] firstMatch = new int[matches];
    int[] freqsInSentence = new int[matches];
    int distinct = 0;
    for (int i = 0; i < matches; i++) {
      int term = 0;
      while (term < distinct && !terms[firstMatch[term]].bytesEquals(terms[i])) term++;
      if (term == distinct) firstMatch[distinct++] = i;
      freqsInSentence[term]++;
    }
    double score = 0;
    for (int term = 0; term < distinct; term++) {
      score += tf(freqsInSentence[term], passage.getLength()) * weight(contentLength, freqsInDoc[firstMatch[term]]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}
